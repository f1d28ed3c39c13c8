import { categoryNames } from '../model/categories.js';
import type { UiStrings } from './strings.js';
import { TIMELINE_TITLES } from './titles.js';

const plural = new Intl.PluralRules('ru');
const EVENTS = { one: 'событие', few: 'события', many: 'событий', other: 'события' } as Record<string, string>;
const events = (n: number): string => `${n} ${EVENTS[plural.select(n)] ?? EVENTS.other}`;

export const ru: UiStrings = {
  timeline: TIMELINE_TITLES.ru,
  timelineGeneric: 'Хроника',
  legend: 'Темы',
  previous: 'Назад',
  next: 'Далее',
  loadFailed: 'Не удалось загрузить хронику.',
  retry: 'Повторить',
  milestones: 'События',
  eras: 'Периоды',
  table: 'Таблица',
  zoom: 'Масштаб',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  resetView: 'Показать всё',
  close: 'Закрыть',
  sources: 'Источники',
  loading: 'Загрузка хроники…',
  noMilestones: 'Нет событий для отображения.',
  categories: categoryNames('ru'),
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
