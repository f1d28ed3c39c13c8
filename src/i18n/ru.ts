// Russian: the UI strings and how dates are written. The one-file bundle loads this module on its own
// (dist/vr-timeline.lang.ru.js) when an element first speaks Russian; the npm build imports it (languages.ts).
import type { DateStyle } from './format-date.js';
import type { LanguageStrings } from './strings.js';

const plural = new Intl.PluralRules('ru');
const EVENTS = { one: 'событие', few: 'события', many: 'событий', other: 'события' } as Record<string, string>;
const events = (n: number): string => `${n} ${EVENTS[plural.select(n)] ?? EVENTS.other}`;

export const strings: LanguageStrings = {
  timelineGeneric: 'Хроника',
  legend: 'Темы',
  previous: 'Назад',
  next: 'Далее',
  loadFailed: 'Не удалось загрузить хронику.',
  retry: 'Повторить',
  milestones: 'События',
  eras: 'Периоды',
  table: 'Таблица',
  play: 'Слайд-шоу',
  pause: 'Пауза',
  zoom: 'Масштаб',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  resetView: 'Показать всё',
  close: 'Закрыть',
  sources: 'Источники',
  noMilestones: 'Нет событий для отображения.',
  clusterName: (n, from, to) => `${events(n)}, ${from} – ${to}. Приблизьте, чтобы увидеть их.`,
  selectedNotice: (title) => `${title}: открыто подробное описание`,
  viewNotice: (from, to, n) => `${from} – ${to}: ${events(n)}`,
  showAll: (n) => `Показать все события (${n})`,
  keyEventsOnly: (n) => `Только главные события (${n})`,
  shown: (n) => `Показано: ${events(n)}`,
  updated: 'Обновлено',
  correction: 'Исправление от',
  credit: 'Фото',
  moreMilestones: (n) => `ещё ${n}`,
};

const split = (names: string): string[] => ['', ...names.split(' ')];
const GEN = split('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
const NOM = split('январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь');
/** "г." after a year, joined to it by a no-break space, so a line never starts with it. */
const G = '\u00a0г.';
const SHORT = split('янв. февр. март апр. май июнь июль авг. сент. окт. нояб. дек.');
const SHORT_GEN = split('янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.');

// 30 января 1950 г.; июнь 1923 г.; 23–31 июля 1980 г.; 28 февраля – 2 марта 2001 г.; июнь–август 1979 г.
export const dates: DateStyle = {
  day: (d, m, y) => `${d} ${GEN[m]} ${y}${G}`,
  month: (m, y) => `${NOM[m]} ${y}${G}`,
  tickMonth: (m, y) => `${SHORT[m]} ${y}`,
  tickDay: (d, m, y) => `${d} ${SHORT_GEN[m]}${y ? ` ${y}` : ''}`,
  sameMonth: (d1, d2, m, y) => `${d1}–${d2} ${GEN[m]} ${y}${G}`,
  sameYear: (d1, m1, d2, m2, y) => `${d1} ${GEN[m1]} – ${d2} ${GEN[m2]} ${y}${G}`,
  monthsOfYear: (m1, m2, y) => `${NOM[m1]}–${NOM[m2]} ${y}${G}`,
  // "22 мая 2019 г. – 2020 г.", not "– 2020": a year carries "г." as the other dates do.
  year: (y) => `${y}${G}`,
  // около 1951 г.; около июня 1923 г. (the month in the genitive); около 20 мая 1957 г.
  about: (text, p, m, y) => `около ${p === 'month' ? `${GEN[m]} ${y}${G}` : text}`,
  now: 'настоящее время',
};
