// A delegated event listener as a Svelte attachment: keys pressed anywhere
// inside a region reach one handler, without making the region itself a
// control.

/** Attaches `handler` for `type` events to the element while it is mounted. */
export function listen<K extends keyof HTMLElementEventMap>(type: K, handler: (event: HTMLElementEventMap[K]) => void) {
  return (element: HTMLElement) => {
    element.addEventListener(type, handler);
    return () => element.removeEventListener(type, handler);
  };
}
