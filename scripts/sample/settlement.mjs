/**
 * When and how a customer pays one invoice or installment. Delays are days after the due date,
 * drawn from the customer's payment habit, and a few payments of every habit come later still.
 */
export const PAYMENT_DELAY_DAYS = {
  early: [-20, -5],
  prompt: [-4, 6],
  slow: [8, 30],
  late: [20, 60],
  verylate: [120, 200],
};

const OCCASIONAL_DELAY_SHARE = 0.08;
const PARTIAL_PAYMENT_SHARE = 0.05;

/** Returns the payments `{ date, cents }` that settle `cents` due on `due`, in date order. */
export function settle({ date, due, cents }, habit, random) {
  const [minDelay, maxDelay] = PAYMENT_DELAY_DAYS[habit];
  let delay = random.int(minDelay, maxDelay);
  if (habit !== "verylate" && random.chance(OCCASIONAL_DELAY_SHARE)) delay += random.int(5, 25);

  // However early the habit, payment comes at least three days after the invoice date.
  const paidOn = Math.max(due + delay, date + 3);
  if (!random.chance(PARTIAL_PAYMENT_SHARE)) return [{ date: paidOn, cents }];

  const first = Math.round(cents * random.between(0.3, 0.7));
  return [
    { date: paidOn, cents: first },
    { date: paidOn + random.int(10, 45), cents: cents - first },
  ];
}
