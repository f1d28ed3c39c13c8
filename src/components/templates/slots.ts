/** A place in a pooled list: a DOM node that stays, and what it shows now (null: nothing, hidden). */
export interface Slot<T> {
  readonly id: number;
  item: T | null;
}

/**
 * Slots(keyOf) keeps a list's DOM nodes while a gesture moves the view: render `repeat(slots.place(items,
 * moving), (s) => s.id, ...)` with one template for a used and a free slot. An item keeps the slot (and the node,
 * its focus and its state) it had while its key stays; an item new to the view takes a free slot, so a moving
 * view creates and removes no node, it only rewrites what a node shows. Once the view is still, the slots are
 * put in the items' order, the order assistive technology reads (nodes moved, not made), and spare slots are
 * made or dropped then, for the next gesture.
 */
export class Slots<T> {
  private slots: Slot<T>[] = [];
  private made = 0;

  constructor(private readonly keyOf: (item: T) => string) {}

  /**
   * The slots for `items` (in their order once still, else in the order the slots had). `focused` is the key
   * of the item whose node has focus: when it is no longer drawn, its node is the last to be handed to another
   * item, so focus is not left on a node that now stands for a different milestone.
   */
  place(items: readonly T[], moving: boolean, focused: string | null = null): readonly Slot<T>[] {
    const had = new Map<string, Slot<T>>();
    for (const slot of this.slots) if (slot.item) had.set(this.keyOf(slot.item), slot);
    const order = items.map((item) => {
      const key = this.keyOf(item);
      const slot = had.get(key);
      had.delete(key);
      return slot;
    });
    // What is left in `had` are the slots whose items are gone: they and the free ones are free now.
    const free = this.slots.filter((slot) => !slot.item || had.get(this.keyOf(slot.item)) === slot);
    const held = focused === null ? undefined : had.get(focused);
    if (held) free.push(...free.splice(free.indexOf(held), 1));
    for (const slot of free) slot.item = null;
    items.forEach((item, i) => {
      let slot = order[i] ?? free.shift();
      if (!slot) this.slots.push((slot = { id: this.made++, item: null }));
      (order[i] = slot).item = item;
    });
    if (!moving) {
      // Still: the items' order, then spares for the next gesture (as many again, and 8): a moving view groups
      // markers on a grid fixed in time, which draws up to 1.6 times the markers of the still view.
      while (free.length < items.length + 8) free.push({ id: this.made++, item: null });
      this.slots = [...(order as Slot<T>[]), ...free.slice(0, items.length + 8)];
    }
    return this.slots;
  }
}
