import type * as ReactModule from 'react';
import {LAST_CONTENT_EVENT, type RemembersContentEvent} from '../controllers/last-content-event.js';

type Handler = ((event: CustomEvent) => void) | undefined;
interface ContentEventProps {
  onSliContentLoad?: Handler;
  onSliContentError?: Handler;
}

/**
 * Wraps a component made by @lit/react so that its `onSliContentLoad` / `onSliContentError`
 * handler hears the element's content event once even when the element announced it before
 * React attached the handler. That is the usual case after server rendering (Next.js): the
 * element upgrades over its server HTML and shows its content as soon as the widget's script
 * runs, and React hydrates later. Without server rendering the event comes after React's effects,
 * and nothing is replayed.
 */
export function replayContentEvents<C extends object>(React: typeof ReactModule, Component: C, displayName: string): C {
  const Replaying = React.forwardRef<HTMLElement, ContentEventProps>((props, ref) => {
    const element = React.useRef<(HTMLElement & RemembersContentEvent) | null>(null);
    const heard = React.useRef<Event | undefined>(undefined);
    const latest = React.useRef(props);
    latest.current = props;
    const hear = (name: keyof ContentEventProps) => (event: CustomEvent) => {
      heard.current = event;
      latest.current[name]?.(event);
    };
    const [onSliContentLoad] = React.useState(() => hear('onSliContentLoad'));
    const [onSliContentError] = React.useState(() => hear('onSliContentError'));
    const setRef = React.useCallback(
      (node: HTMLElement | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref]
    );
    // Runs after the inner component's own layout effect has attached the listeners.
    React.useLayoutEffect(() => {
      const missed = element.current?.[LAST_CONTENT_EVENT];
      if (!missed || missed === heard.current) return;
      (missed.type === 'sli-content-load' ? onSliContentLoad : onSliContentError)(missed);
    }, []);
    return React.createElement(Component as unknown as ReactModule.ElementType, {...props, onSliContentLoad, onSliContentError, ref: setRef});
  });
  Replaying.displayName = displayName;
  return Replaying as unknown as C;
}
