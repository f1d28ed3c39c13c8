// A file beside the one-file bundle (dist/): its address built from this module's own URL. The bundle's lazy
// parts load from here: the dataset of one language, the CSV reader, the eras, the list reader, the long list's window.
export const beside = (file: string): string => import.meta.url.replace(/[^/?#]*([?#].*)?$/, file);
