/** The built-in timeline's name in each UI language: the element's accessible name, and the title of embed.html. */
export const TIMELINE_TITLES: Record<string, string> & { en: string; vi: string; ru: string } = {
  en: 'Timeline of Vietnam–Russia relations',
  vi: 'Dòng thời gian quan hệ Việt Nam – Nga',
  ru: 'Хроника российско-вьетнамских отношений',
};
