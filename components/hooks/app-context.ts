/**
 * What every screen formats with: the UI language and "now" (one instant per
 * render of a page, so that a list never disagrees with itself about what has
 * ended). Given once by each page, read where needed instead of passed down.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export interface AppContextValue {
  language: string;
  now: Date;
}

export const AppContext = createContext<AppContextValue>({ language: 'en', now: new Date(0) });

export function useAppContext(): AppContextValue {
  return useContext(AppContext);
}
