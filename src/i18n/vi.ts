import type { UiStrings } from './strings.js';

export const vi: UiStrings = {
  timeline: 'Dòng thời gian quan hệ Việt Nam – Nga',
  milestones: 'Các mốc sự kiện',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  resetView: 'Xem toàn bộ',
  close: 'Đóng',
  sources: 'Nguồn',
  category: 'Lĩnh vực',
  loading: 'Đang tải dòng thời gian…',
  noMilestones: 'Không có mốc sự kiện nào.',
  categories: {
    diplomacy: 'Ngoại giao',
    economy: 'Kinh tế',
    energy: 'Năng lượng',
    science: 'Khoa học',
    culture: 'Văn hóa',
    education: 'Giáo dục',
    people: 'Nhân dân',
  },
  clusterLabel: (n) => `${n} mốc sự kiện`,
  clusterName: (n, from, to) => `${n} mốc sự kiện, ${from} – ${to}. Phóng to để xem.`,
  selectedNotice: (title) => `${title}: đã mở chi tiết`,
  viewNotice: (from, to, n) => `Đang hiển thị ${from} đến ${to}, ${n} mốc sự kiện`,
  dataProblems: (n) => `${n} mốc sự kiện bị bỏ qua do lỗi dữ liệu.`,
  credit: 'Ảnh',
};
