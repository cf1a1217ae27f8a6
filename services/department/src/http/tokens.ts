/** Injection token of the DepartmentService (explicit: no decorator metadata is relied on). */
export const DEPARTMENT = Symbol("tongbao.department");
