import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ZoomPanCallbacks {
  /** Zoom by `factor` (< 1 zooms in) around `anchor`, a fraction 0–1 across the track. */
  zoom: (anchor: number, factor: number) => void;
  /** Pan by `fraction` of the visible span (positive is later). */
  pan: (fraction: number) => void;
  /** A gesture is moving the view (called before each zoom or pan of a gesture); cheap work only until settle. */
  move: () => void;
  /** The gesture has ended: the host reports the new view. */
  settle: () => void;
}

const SETTLE_MS = 250;
const DRAG_THRESHOLD_PX = 4;

/**
 * Turns wheel, mouse, touch and pen input on the track into zoom and pan calls. A plain vertical
 * wheel is left to the page; only Ctrl/⌘+wheel (zoom), Shift+wheel and horizontal wheel (pan) are taken.
 * Drag pans; two pointers pinch-zoom. Knows no dates: the host maps the calls onto its view window.
 */
export class ZoomPanController implements ReactiveController {
  /** True while a drag is under way, for styling. */
  dragging = false;
  private pointers = new Map<number, { x: number; y: number }>();
  private downX = 0;
  private moved = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: ZoomPanCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.settleTimer);
    this.box = null;
    this.pointers.clear();
  }

  /** The track's box, read at the first wheel step of a gesture and kept until it settles: a step reads no layout. */
  private box: DOMRect | null = null;

  private settleSoon(box: DOMRect): void {
    this.box = box;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => ((this.box = null), this.callbacks.settle()), SETTLE_MS);
  }

  readonly onWheel = (event: WheelEvent): void => {
    const track = event.currentTarget as HTMLElement;
    const box = this.box ?? track.getBoundingClientRect();
    if (box.width <= 0) return;
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? box.width : 1;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      const anchor = (event.clientX - box.left) / box.width;
      this.callbacks.move();
      this.callbacks.zoom(anchor, Math.exp((event.deltaY * unit) / 300));
      this.settleSoon(box);
      return;
    }
    const dx = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
    if (Math.abs(dx) > Math.abs(event.shiftKey ? 0 : event.deltaY)) {
      event.preventDefault();
      this.callbacks.move();
      this.callbacks.pan((dx * unit) / box.width);
      this.settleSoon(box);
    }
    // Anything else is a page scroll: not ours.
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this.downX = event.clientX;
    this.moved = false;
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const last = this.pointers.get(event.pointerId);
    if (!last) return;
    const track = event.currentTarget as HTMLElement;
    const box = track.getBoundingClientRect();
    if (this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const before = Math.hypot(a.x - b.x, a.y - b.y);
      this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
      const [c, d] = [...this.pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const after = Math.hypot(c.x - d.x, c.y - d.y);
      if (before > 0 && after > 0) {
        this.callbacks.move();
        this.callbacks.zoom(((c.x + d.x) / 2 - box.left) / box.width, before / after);
        this.moved = true;
      }
      return;
    }
    if (!this.moved && Math.abs(event.clientX - this.downX) < DRAG_THRESHOLD_PX) return;
    if (!this.moved) {
      this.moved = true;
      this.dragging = true;
      track.setPointerCapture?.(event.pointerId);
      this.host.requestUpdate();
    }
    this.callbacks.move();
    this.callbacks.pan(-(event.clientX - last.x) / box.width);
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    if (this.pointers.size === 0 && this.moved) {
      this.dragging = false;
      this.host.requestUpdate();
      this.callbacks.settle();
    }
  };

  /** Capture-phase click handler: swallows the click that ends a drag, so a drag never selects. */
  readonly onClickCapture = (event: MouseEvent): void => {
    if (this.moved) {
      event.stopPropagation();
      event.preventDefault();
      this.moved = false;
    }
  };
}
