// Vietnamese: the UI strings and how dates are written. The one-file bundle loads this module on its own
// (dist/vr-timeline.lang.vi.js) when an element first speaks Vietnamese; the npm build imports it (languages.ts).
import type { DateStyle } from './format-date.js';
import type { LanguageStrings } from './strings.js';

export const strings: LanguageStrings = {
  timelineGeneric: 'Dòng thời gian',
  legend: 'Lĩnh vực',
  previous: 'Trước',
  next: 'Tiếp',
  loadFailed: 'Không tải được dòng thời gian.',
  retry: 'Thử lại',
  milestones: 'Các mốc sự kiện',
  eras: 'Các giai đoạn',
  table: 'Bảng',
  play: 'Trình chiếu',
  pause: 'Tạm dừng',
  zoom: 'Thu phóng',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  resetView: 'Xem toàn bộ',
  close: 'Đóng',
  sources: 'Nguồn',
  noMilestones: 'Không có mốc sự kiện nào để hiển thị.',
  clusterName: (n, from, to) => `${n} mốc sự kiện, ${from} – ${to}. Phóng to để xem.`,
  selectedNotice: (title) => `${title}: đã mở phần chi tiết`,
  viewNotice: (from, to, n) => `${from} – ${to}: ${n} mốc sự kiện`,
  showAll: (n) => `Xem tất cả ${n} mốc sự kiện`,
  keyEventsOnly: (n) => `Chỉ xem ${n} sự kiện chính`,
  shown: (n) => `Đang hiển thị ${n} mốc sự kiện`,
  updated: 'Cập nhật',
  correction: 'Đính chính ngày',
  credit: 'Ảnh',
  moreMilestones: (n) => `+${n} mốc khác`,
};

// 30/1/1950; tháng 6/1923; 19–20/6/2024; 28/2–2/3/2001; tháng 6–8/1979; ticks 6/1979, 23/7 and 23/7/1980.
export const dates: DateStyle = {
  day: (d, m, y) => `${d}/${m}/${y}`,
  month: (m, y) => `tháng ${m}/${y}`,
  tickMonth: (m, y) => `${m}/${y}`,
  tickDay: (d, m, y) => `${d}/${m}${y ? `/${y}` : ''}`,
  sameMonth: (d1, d2, m, y) => `${d1}–${d2}/${m}/${y}`,
  sameYear: (d1, m1, d2, m2, y) => `${d1}/${m1}–${d2}/${m2}/${y}`,
  monthsOfYear: (m1, m2, y) => `tháng ${m1}–${m2}/${y}`,
  // khoảng năm 1951; khoảng tháng 6/1923; khoảng ngày 20/5/1957.
  about: (text, p) => `khoảng ${p === 'year' ? 'năm ' : p === 'day' ? 'ngày ' : ''}${text}`,
  now: 'nay',
};
