import { View } from '@tarojs/components';
import './list-footer.scss';

interface ListFooterProps {
  hasMore: boolean;
  loadingMore: boolean;
  failed: boolean;
  onLoadMore: () => void;
}

/** The paging line under a list; tapping it loads the next page too, not just scrolling. */
export function ListFooter({ hasMore, loadingMore, failed, onLoadMore }: ListFooterProps) {
  if (loadingMore) return <View className='list-footer'>加载中…</View>;
  if (failed) {
    return (
      <View className='list-footer list-footer--action' onClick={onLoadMore}>
        加载失败，点击重试
      </View>
    );
  }
  if (hasMore) {
    return (
      <View className='list-footer list-footer--action' onClick={onLoadMore}>
        加载更多
      </View>
    );
  }
  return <View className='list-footer'>没有更多了</View>;
}
