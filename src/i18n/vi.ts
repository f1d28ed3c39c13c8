import { categoryNames } from '../model/categories.js';
import type { UiStrings } from './strings.js';
import { TIMELINE_TITLES } from './titles.js';

export const vi: UiStrings = {
  timeline: TIMELINE_TITLES.vi,
  timelineGeneric: 'Dòng thời gian',
  legend: 'Lĩnh vực',
  previous: 'Trước',
  next: 'Tiếp',
  loadFailed: 'Không tải được dòng thời gian.',
  retry: 'Thử lại',
  milestones: 'Các mốc sự kiện',
  eras: 'Các giai đoạn',
  zoom: 'Thu phóng',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  resetView: 'Xem toàn bộ',
  close: 'Đóng',
  sources: 'Nguồn',
  loading: 'Đang tải dòng thời gian…',
  noMilestones: 'Không có mốc sự kiện nào để hiển thị.',
  categories: categoryNames('vi'),
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
