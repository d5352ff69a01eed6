import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import type { FiguresView, FigureView } from '@/core/figures/figures.model';
import { classNames } from '@/utils/class-names';

/** Whether a change is good news: up is good for 满意率, bad for 当前逾期. */
const changeTone = (f: FigureView) => {
  if (!f.change || f.change.direction === 'flat' || f.better === 'neutral') return 'flat';
  return (f.change.direction === 'up') === (f.better === 'higher') ? 'good' : 'bad';
};

function FigureRow({ figure, open, onToggle }: { figure: FigureView; open: boolean; onToggle: () => void }) {
  return (
    <View className={classNames('figure-row', `figure-row--${figure.key}`)} onClick={onToggle}>
      <View className='figure-row__line'>
        <Text className='figure-row__label'>{figure.label}</Text>
        <Text className='figure-row__value'>{figure.text}</Text>
      </View>
      <View className='figure-row__line'>
        <Text className='text-meta figure-row__definition-link'>{open ? '收起口径' : '口径 ›'}</Text>
        {figure.change ? <Text className={`figure-row__change figure-row__change--${changeTone(figure)}`}>{`较上期${figure.change.text}`}</Text> : null}
      </View>
      {open ? <View className='figure-row__definition text-hint'>{`口径：${figure.definition}`}</View> : null}
    </View>
  );
}

/** Every figure in its group, each with its value, the change on the previous period, and its 口径 a tap away. */
export function FigureGroups({ view }: { view: FiguresView }) {
  const [open, setOpen] = useState<string | null>(null);
  const byKey = new Map(view.figures.map((f) => [f.key, f]));
  return (
    <>
      {view.groups.map((group) => (
        <Card key={group.group} className={`figure-group figure-group--${group.group}`} title={group.label}>
          {group.keys.map((key) => {
            const figure = byKey.get(key)!;
            return <FigureRow key={key} figure={figure} open={open === key} onToggle={() => setOpen(open === key ? null : key)} />;
          })}
        </Card>
      ))}
    </>
  );
}
