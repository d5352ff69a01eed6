import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import './search-bar.scss';

interface SearchBarProps {
  placeholder: string;
  onSearch: (keyword: string) => void;
}

/** A keyword box: searches on confirm or on 搜索, and clears back to the full list. */
export function SearchBar({ placeholder, onSearch }: SearchBarProps) {
  const [text, setText] = useState('');
  const search = (value = text) => onSearch(value.trim());
  return (
    <View className='search-bar'>
      <Input
        className='search-bar__input'
        value={text}
        maxlength={30}
        confirmType='search'
        placeholderClass='input-placeholder'
        placeholder={placeholder}
        onInput={(e) => setText(e.detail.value)}
        onConfirm={(e) => search(e.detail.value)}
      />
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
      <View className='search-bar__go link' onClick={() => search()}>
        搜索
      </View>
    </View>
  );
}
