// The part of react-dom/client the React tests use. @types/react-dom is not installed (the package's
// consumers never import react-dom); this is what its createRoot declares.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }

  export function createRoot(container: Element): Root;
}
