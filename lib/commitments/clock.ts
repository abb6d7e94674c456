// Reading a clock time: "5pm", "17:00", "by 9" (a working hour), and the words that name one (EOD, noon, midnight).
/** An hour said without am/pm is a working hour: 7–11 in the morning, 12–6 after noon ("by 9", "by 3 o'clock"). */
export const workingHour = (h: number): number => (h <= 6 ? h + 12 : h);

/** The minute a clock word names: midnight is the day's last; a business day ends at five; "morning", "first thing" and a stand-up are its start, nine. */
export function clockWordMinutes(word: string): number {
  if (/night/i.test(word)) return 23 * 60 + 59;
  if (/noon|midday/i.test(word)) return 12 * 60;
  if (/morning|start|first|stand|kick/i.test(word)) return 9 * 60;
  return 17 * 60;
}

export function clockMinutes(h: string, m: string | undefined, mer: string | undefined): number | null {
  let hour = Number(h);
  const min = m ? Number(m) : 0;
  if (hour > 23 || min > 59) return null;
  const pm = mer ? /^p/i.test(mer) : false;
  if (mer) {
    if (hour < 1 || hour > 12) return null;
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  return hour * 60 + min;
}
