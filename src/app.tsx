import type { PropsWithChildren } from 'react';
import { SessionProvider } from '@/hooks/use-session';
import { initCloud } from '@/services/cloud';
import './app.scss';

initCloud();

function App({ children }: PropsWithChildren) {
  return <SessionProvider>{children}</SessionProvider>;
}

export default App;
