import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { StewardLoad } from '@/core/org/org.model';
import { useStewardList } from '@/hooks/use-steward-list';
import { classNames } from '@/utils/class-names';
import { PagedList } from '../paged-list';
import { SearchBar } from '../search-bar';
import './steward-picker.scss';

interface StewardPickerProps {
  /** The district names the unit; a unit admin's own unit when left out. */
  unitId?: string;
  /** Only stewards who can take enterprises (active and signed in). */
  assignable?: boolean;
  /** A steward not to offer (e.g. the one handing over). */
  excludeId?: string;
  value?: string;
  onPick: (steward: StewardLoad) => void;
  /** What is tapped to choose. */
  children: ReactNode;
  className?: string;
  title?: string;
}

/** A steward's name with what decides the choice: their load, and whether they can take enterprises. */
export const stewardLabel = (s: StewardLoad) =>
  `${s.name}（${s.enterprises} 家${s.overloaded ? '，超过10家' : ''}${s.status === 'disabled' ? '，已停用' : s.bound ? '' : '，未绑定微信'}）`;

/**
 * Choose one of a unit's stewards: tapping the trigger opens a sheet that searches by name and
 * pages, so a unit of 300 stewards is as quick to pick from as one of 30.
 */
export function StewardPicker({ children, className, ...sheet }: StewardPickerProps) {
  const [open, setOpen] = useState(false);
  return (
    <View className={className} onClick={(e) => e.stopPropagation()}>
      <View className='steward-picker__trigger' onClick={() => setOpen(true)}>
        {children}
      </View>
      {open ? <StewardSheet {...sheet} onClose={() => setOpen(false)} /> : null}
    </View>
  );
}

function StewardSheet({ unitId, assignable, excludeId, value, onPick, title = '选择管家', onClose }: Omit<StewardPickerProps, 'children' | 'className'> & { onClose: () => void }) {
  const list = useStewardList({ unitId, assignable, exceptId: excludeId || undefined });
  return (
    <View className='steward-sheet'>
      <View className='steward-sheet__mask' onClick={onClose} />
      <View className='steward-sheet__panel'>
        <View className='steward-sheet__head'>
          <Text className='steward-sheet__title text-title'>{list.total === null ? title : `${title}（共 ${list.total} 名）`}</Text>
          <Text className='steward-sheet__close link' onClick={onClose}>
            取消
          </Text>
        </View>
        <SearchBar placeholder='输入管家姓名查找' inputClassName='steward-search-input' onSearch={list.search} />
        <View className='steward-sheet__list'>
          <PagedList
            inline
            list={list}
            emptyTitle={list.keyword ? `没有姓名含“${list.keyword}”的管家` : assignable ? '本单位暂无可接收企业的管家' : '本单位还没有管家'}
            renderItem={(s) => (
              <View
                key={s.id}
                className={classNames('steward-option', s.id === value && 'steward-option--chosen', s.overloaded && 'steward-option--over')}
                onClick={() => {
                  onPick(s);
                  onClose();
                }}
              >
                {stewardLabel(s)}
              </View>
            )}
          />
        </View>
      </View>
    </View>
  );
}
