import { useEffect, useState } from 'react';

/** Wide enough for the desk console's layout: side navigation, tables, filters beside the list ($desk-min-width in tokens.scss). */
export const DESK_MEDIA_QUERY = '(min-width: 1200px)';

const matches = () => process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(DESK_MEDIA_QUERY).matches;

/**
 * Whether this screen is a desk (a wide browser) rather than a phone; follows the window as it is
 * resized. Always false in the mini-program. Layout alone is left to CSS media queries; this is
 * for what renders differently (a table instead of cards).
 */
export function useDeskWidth(): boolean {
  const [wide, setWide] = useState(matches);
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof window.matchMedia !== 'function') return undefined;
    const query = window.matchMedia(DESK_MEDIA_QUERY);
    const follow = () => setWide(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return wide;
}
