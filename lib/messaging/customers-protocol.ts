/** Messages of the customer book (issue 3): CRUD, CSV import and export, proposals. */
export const customersProtocol = {} as const;
