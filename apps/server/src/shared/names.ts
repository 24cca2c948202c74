// The API's name fields of a person or staff user row.

/** The row's first and last name as the API spells them. */
export function nameOf(row: { first_name: string; last_name: string }): {
  firstName: string;
  lastName: string;
} {
  return { firstName: row.first_name, lastName: row.last_name };
}
