import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import { TextInput } from './text-field';
import './search-bar.scss';

interface SearchBarProps {
  placeholder: string;
  onSearch: (keyword: string) => void;
  /** Names the input for tests, e.g. `keyword-input`. */
  inputClassName?: string;
}

/** The app's one keyword box: searches on confirm or on 搜索, and clears back to the full list. */
export function SearchBar({ placeholder, onSearch, inputClassName }: SearchBarProps) {
  const [text, setText] = useState('');
  const search = (value = text) => onSearch(value.trim());
  return (
    <View className='search-bar'>
      <TextInput className={classNames('search-bar__input', inputClassName)} value={text} maxLength={30} confirmType='search' placeholder={placeholder} onChange={setText} onConfirm={search} />
      {text ? (
        <View
          className='search-bar__clear'
          onClick={() => {
            setText('');
            search('');
          }}
        >
          清除
        </View>
      ) : null}
      <Button className='search-bar__go search-button' onClick={() => search()}>
        搜索
      </Button>
    </View>
  );
}
