import '@testing-library/jest-dom';
import { taroDouble } from './taro';

afterEach(() => {
  taroDouble.reset();
});
