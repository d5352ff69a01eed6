import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './card.scss';

interface CardProps {
  title?: ReactNode;
  className?: string;
  onClick?: () => void;
  children?: ReactNode;
}

export function Card({ title, className, onClick, children }: CardProps) {
  return (
    <View className={['card', className].filter(Boolean).join(' ')} onClick={onClick}>
      {title ? <View className='card__title'>{title}</View> : null}
      {children}
    </View>
  );
}
