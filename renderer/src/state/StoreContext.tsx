import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DesignState, DesignStore } from './designStore';

const StoreContext = createContext<DesignStore | null>(null);

export function DesignStoreProvider({ store, children }: { store: DesignStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useDesignStore(): DesignStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDesignStore outside DesignStoreProvider');
  return store;
}

/** Subscribes to one slice of the document store; pick the smallest slice a view shows. */
export function useDesign<T>(selector: (s: DesignState) => T): T {
  return useStore(useDesignStore(), selector);
}

export function useHistory<T>(selector: (s: { pastStates: unknown[]; futureStates: unknown[]; undo: () => void; redo: () => void }) => T): T {
  return useStore(useDesignStore().temporal, selector);
}
