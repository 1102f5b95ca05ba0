/** A client as staff see them in lists: first and last name. */
export const clientName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;
