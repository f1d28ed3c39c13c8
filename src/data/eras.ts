import type { Era } from '../model/milestone.js';

/**
 * The built-in dataset's eras: six chapters of Vietnam–USSR and Vietnam–Russia relations, drawn as bands behind
 * the horizontal track and as headings on the vertical spine. They follow one another without gap or overlap: an
 * era's `end` is its last day (the Era type's end is inclusive), the day before the next era's `start`. Each start
 * is the date of a milestone in `vietnam-russia.ts`, except 30 April 1975 (the end of the war), which no milestone
 * carries. The boundaries, their sources and why the labels are worded as they are: docs/dataset-sources.md, "Eras".
 * Labels are short (band labels), in sentence case, and use the partnerships' official names as both foreign
 * ministries word them. Data only, no logic.
 */
export const vietnamRussiaEras: Era[] = [
  {
    // From Nguyen Ai Quoc's arrival in Petrograd (milestone 1923-06-30-petrograd-arrival) to the eve of relations.
    id: '1923-1950-before-relations',
    start: '1923-06-30',
    end: '1950-01-29',
    label: {
      en: 'Before diplomatic relations',
      vi: 'Trước khi thiết lập quan hệ ngoại giao',
      ru: 'До установления дипломатических отношений',
    },
  },
  {
    // From the establishment of relations (1950-01-30-diplomatic-relations) to the end of the war on 30 April 1975.
    id: '1950-1975-war',
    start: '1950-01-30',
    end: '1975-04-29',
    label: {
      en: 'Years of war in Vietnam',
      vi: 'Những năm chiến tranh',
      ru: 'Годы войны во Вьетнаме',
    },
  },
  {
    // From the end of the war to the last day of the USSR (26 December 1991): Comecon, the 1978 treaty.
    id: '1975-1991-ussr',
    start: '1975-04-30',
    end: '1991-12-26',
    label: {
      en: 'Reunified Vietnam and the USSR',
      vi: 'Việt Nam sau thống nhất và Liên Xô',
      ru: 'Объединённый Вьетнам и СССР',
    },
  },
  {
    // From Vietnam's recognition of the Russian Federation (1991-12-recognition-of-russia, 27 December 1991) through
    // the 1994 treaty on basic principles (1994-06-16-basic-principles-treaty).
    id: '1991-2001-russian-federation',
    start: '1991-12-27',
    end: '2001-02-27',
    label: {
      en: 'Relations on a new basis',
      vi: 'Quan hệ trên nền tảng mới',
      ru: 'Отношения на новой основе',
    },
  },
  {
    // From Putin's 2001 visit (2001-02-28-strategic-partnership; the declaration was signed on 1 March 2001).
    id: '2001-2012-strategic-partnership',
    start: '2001-02-28',
    end: '2012-07-26',
    label: {
      en: 'Strategic partnership',
      vi: 'Đối tác chiến lược',
      ru: 'Стратегическое партнёрство',
    },
  },
  {
    // From the upgrade in Sochi (2012-07-27-comprehensive-strategic-partnership); ongoing.
    id: '2012-comprehensive-strategic-partnership',
    start: '2012-07-27',
    end: '..',
    label: {
      en: 'Comprehensive strategic partnership',
      vi: 'Đối tác chiến lược toàn diện',
      ru: 'Всеобъемлющее стратегическое партнёрство',
    },
  },
];
