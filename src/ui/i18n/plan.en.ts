/** English strings of the staffing-plan view. This object defines the shape the Chinese one must match. */
export const planEn = {
  heading: 'Staffing plan',
};

export type PlanMessages = typeof planEn;
