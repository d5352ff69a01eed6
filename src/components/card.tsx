import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './card.scss';

export interface CardLink {
  label: string;
  onClick: () => void;
}

interface CardProps {
  title?: ReactNode;
  /** A link on the right of the title, e.g. 全部 to the full list. */
  link?: CardLink;
  className?: string;
  onClick?: () => void;
  children?: ReactNode;
}

/** The app's one surface: a white card, with a title and a link to more when given. */
export function Card({ title, link, className, onClick, children }: CardProps) {
  return (
    <View className={classNames('card', className)} onClick={onClick}>
      {title ? (
        <View className='card__title'>
          {link ? (
            <View className='card-head'>
              <Text>{title}</Text>
              <Text
                className='card-head__link link'
                onClick={(e) => {
                  e.stopPropagation();
                  link.onClick();
                }}
              >
                {link.label}
              </Text>
            </View>
          ) : (
            title
          )}
        </View>
      ) : null}
      {children}
    </View>
  );
}

/** The line under a card's first few rows that opens the rest, e.g. 查看全部 8 家. */
export function CardMore({ label, onClick }: CardLink) {
  return (
    <View className='card-more link' onClick={onClick}>
      {label}
    </View>
  );
}
