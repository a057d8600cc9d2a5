import type { AuthFlowElement } from 'cognito-auth-flow';
import { useEffect, useRef, type RefObject } from 'react';

/** The kit's DOM events, as `HTMLElementEventMap` declares them. */
export type AuthFlowEventName = Extract<keyof HTMLElementEventMap, `auth-${string}`>;

/**
 * Listens to one `<auth-flow>` event. React 19's `onauth-…` props work as well, but TypeScript never
 * checks hyphenated JSX names, so a misspelt `onauth-signed-inn` compiles; here the name is checked.
 */
export function useAuthFlowEvent<K extends AuthFlowEventName>(
  ref: RefObject<AuthFlowElement | null>,
  type: K,
  listener: (event: HTMLElementEventMap[K]) => void,
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const handle = (event: HTMLElementEventMap[K]) => latest.current(event);
    element.addEventListener(type, handle);
    return () => element.removeEventListener(type, handle);
  }, [ref, type]);
}
