// src/vr-timeline-vue.d.ts: types <vr-timeline> in Vue templates for vue-tsc (the README's Vue 3 section).
import type { HTMLAttributes } from 'vue';
import type { VrDataErrorEvent, VrSelectEvent, VrTimeline, VrViewChangeEvent } from 'vr-timeline';

declare module 'vue' {
  interface GlobalComponents {
    'vr-timeline': new () => {
      $props: HTMLAttributes &
        Partial<Pick<VrTimeline, 'milestones' | 'eras' | 'src' | 'selected' | 'theme' | 'orientation' | 'label' | 'categories' | 'mode' | 'query' | 'follow'>> & {
          'view-start'?: string;
          'view-end'?: string;
          'hash-sync'?: boolean;
          onVrSelect?: (event: VrSelectEvent) => void;
          onVrViewChange?: (event: VrViewChangeEvent) => void;
          onVrDataError?: (event: VrDataErrorEvent) => void;
        };
    };
  }
}
