import { Component, type ReactNode } from 'react';
import { Text } from '@tarojs/components';

/** A chart that fails to draw says so in its place; the figures beside it stay readable. */
export class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <Text className='card-hint card-hint--alert chart__failed'>图表无法显示，请查看下方数据</Text> : this.props.children;
  }
}
