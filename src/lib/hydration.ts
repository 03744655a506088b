// Reading the browser from a client component without a hydration mismatch: through useSyncExternalStore, whose
// server snapshot is what the server rendered.
import { useSyncExternalStore } from "react";

/** For a value that never changes once the page has loaded: nothing to subscribe to. */
export function noSubscription(): () => void {
  return () => {};
}

/** Whether React has hydrated the component: false on the server and while hydrating, true from then on. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
