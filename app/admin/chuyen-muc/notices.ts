/** The query parameter by which the category list says a reorder was refused (see actions.ts). */
export const REORDER_FAILED = "sap-xep-loi";
