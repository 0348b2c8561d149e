/**
 * Schema-drift checking without Prisma's schema engine (which cannot be downloaded everywhere), in
 * three pure-ish steps:
 *
 * - `shapeFromPrismaSchema(text)`: the PostgreSQL database `prisma migrate` would build for a
 *   schema.prisma, derived from the DMMF that @prisma/prisma-schema-wasm parses, following Prisma's
 *   PostgreSQL conventions (types, SERIAL ids, constraint and index names, default referential actions,
 *   implicit many-to-many tables);
 * - `introspectDatabase(sql)`: the same shape read from a live database through pg_catalog;
 * - `diffShapes(expected, actual)`: readable differences, both ways.
 *
 * `schemaDrift(text, database)` = `diffShapes(shapeFromPrismaSchema(text), database)`.
 *
 * Deliberately not compared, because Prisma Migrate does not keep them in step either: the order of
 * columns in a table and of values in an enum (ALTER TABLE/TYPE … ADD appends), check constraints,
 * views, functions, extensions and sequences. Json, DateTime and dbgenerated() defaults are compared
 * for presence only. Not supported: multiSchema, `relationMode = "prisma"` (no foreign keys), and an
 * explicit `ops:` that names the type's default operator class (PostgreSQL does not record it).
 */
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { SqlRunner } from "@/lib/db/sql";

// ---------------------------------------------------------------------------------------------------
// The shape both sides are reduced to
// ---------------------------------------------------------------------------------------------------

export type ReferentialAction = "Cascade" | "Restrict" | "NoAction" | "SetNull" | "SetDefault";

export type ColumnDefault =
  /** autoincrement(): SERIAL (nextval) or an identity column. */
  | { kind: "sequence" }
  /** now(): CURRENT_TIMESTAMP. */
  | { kind: "now" }
  /** A constant, without quotes or cast: '' , 0, true, DRAFT… */
  | { kind: "literal"; value: string }
  /**
   * Anything else. On the schema.prisma side (dbgenerated(), or a constant this checker does not
   * normalise, such as a Json or DateTime value) it only says "some default", and any database
   * default satisfies it.
   */
  | { kind: "expression"; sql: string };

export type ColumnShape = {
  /** As PostgreSQL's format_type() spells it ("text", "timestamp(3) without time zone", "citext"), or `enum <Name>`; `[]` for lists. */
  type: string;
  nullable: boolean;
  default: ColumnDefault | null;
};

export type IndexColumn = {
  /** Column name, or the expression of an expression index. */
  column: string;
  descending: boolean;
  /** Only when not the default operator class of the column type. */
  operatorClass: string | null;
  /** A covering (INCLUDE) column rather than a key column. */
  included?: boolean;
};

export type IndexShape = {
  kind: "primary key" | "unique index" | "index";
  columns: IndexColumn[];
  /** Access method: btree, hash, gin, gist, spgist, brin. */
  method: string;
  /** WHERE clause of a partial index. */
  predicate: string | null;
};

export type ForeignKeyShape = {
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
};

export type TableShape = {
  columns: Map<string, ColumnShape>;
  /** By index name (the primary key is one too, by its constraint name). */
  indexes: Map<string, IndexShape>;
  /** By constraint name. */
  foreignKeys: Map<string, ForeignKeyShape>;
};

export type DatabaseShape = {
  tables: Map<string, TableShape>;
  /** Enum type name → its values. */
  enums: Map<string, string[]>;
};

// ---------------------------------------------------------------------------------------------------
// schema.prisma → DMMF
// ---------------------------------------------------------------------------------------------------

type DmmfFunctionDefault = { name: string; args: unknown[] };

export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: DmmfFunctionDefault | string | number | boolean | unknown[];
  nativeType?: [string, string[]] | null;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: ReferentialAction;
  relationOnUpdate?: ReferentialAction;
};

export type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };

export type DmmfEnum = { name: string; dbName?: string | null; values: { name: string; dbName: string | null }[] };

export type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc"; operatorClass?: string }[];
};

export type Dmmf = { datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] } };

/** Parses (and validates) a schema the way `prisma generate` does; throws with Prisma's message when it is invalid. */
export function parsePrismaSchema(text: string): Dmmf {
  try {
    return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", text]], noColor: true }))) as Dmmf;
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    let message = raw;
    try {
      message = (JSON.parse(raw) as { message?: string }).message ?? raw;
    } catch {
      // Not JSON: keep it as it is.
    }
    throw new Error(`schema.prisma is invalid:\n${message.replace(/\u001b\[[0-9;]*m/g, "")}`);
  }
}

/**
 * What the DMMF leaves out: `map:` names of foreign keys (`@relation(…, map: "…")`) and
 * `Unsupported("…")` fields. Read from the text, one field per line as Prisma requires.
 */
function scanSchemaText(text: string) {
  const foreignKeyNames = new Map<string, string>(); // "Model.relationField" → constraint name
  const unsupported: { model: string; column: string; type: string; nullable: boolean; hasDefault: boolean }[] = [];
  let model: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const block = /^\s*(model|view|type|enum|generator|datasource)\s+(\w+)\s*\{/.exec(line);
    if (block) {
      model = block[1] === "model" ? block[2]! : null;
      continue;
    }
    if (/^\s*\}/.test(line)) {
      model = null;
      continue;
    }
    if (!model || /^\s*\/\//.test(line)) continue;

    const field = /^\s*(\w+)\s+/.exec(line);
    if (!field) continue;
    const relation = attributeArguments(line, "@relation");
    const mapped = relation === null ? null : /\bmap\s*:\s*"([^"]*)"/.exec(relation);
    if (mapped) foreignKeyNames.set(`${model}.${field[1]}`, mapped[1]!);

    const unsupportedField = /^\s*(\w+)\s+Unsupported\(\s*"((?:[^"\\]|\\.)*)"\s*\)(\?|\[\])?(.*)$/.exec(line);
    if (unsupportedField) {
      const rest = unsupportedField[4]!;
      const columnMap = attributeArguments(rest, "@map");
      unsupported.push({
        model,
        column: columnMap === null ? unsupportedField[1]! : (/"([^"]*)"/.exec(columnMap)?.[1] ?? unsupportedField[1]!),
        type: unsupportedField[2]! + (unsupportedField[3] === "[]" ? "[]" : ""),
        nullable: unsupportedField[3] !== undefined,
        hasDefault: attributeArguments(rest, "@default") !== null,
      });
    }
  }
  return { foreignKeyNames, unsupported };
}

/** The text between the parentheses of `attribute(…)` on a line, or null when the attribute is absent. */
function attributeArguments(line: string, attribute: string): string | null {
  const start = line.search(new RegExp(`${attribute}\\(`));
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start + attribute.length; i < line.length; i++) {
    const char = line[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return line.slice(start + attribute.length + 1, i);
  }
  return line.slice(start + attribute.length + 1);
}

// ---------------------------------------------------------------------------------------------------
// DMMF → expected shape, by Prisma's PostgreSQL conventions
// ---------------------------------------------------------------------------------------------------

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

/** `@db.X(args)` → format_type() spelling. */
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Text: () => "text",
  Char: ([n = "1"]) => `character(${n})`,
  VarChar: ([n]) => (n ? `character varying(${n})` : "character varying"),
  Bit: ([n = "1"]) => `bit(${n})`,
  VarBit: ([n]) => (n ? `bit varying(${n})` : "bit varying"),
  Uuid: () => "uuid",
  Xml: () => "xml",
  Inet: () => "inet",
  Citext: () => "citext",
  Boolean: () => "boolean",
  SmallInt: () => "smallint",
  Integer: () => "integer",
  BigInt: () => "bigint",
  Oid: () => "oid",
  Real: () => "real",
  DoublePrecision: () => "double precision",
  Decimal: (args) => (args.length ? `numeric(${args.join(",")})` : "numeric"),
  Money: () => "money",
  Date: () => "date",
  Timestamp: ([p = "6"]) => `timestamp(${p}) without time zone`,
  Timestamptz: ([p = "6"]) => `timestamp(${p}) with time zone`,
  Time: ([p = "6"]) => `time(${p}) without time zone`,
  Timetz: ([p = "6"]) => `time(${p}) with time zone`,
  Json: () => "json",
  JsonB: () => "jsonb",
  ByteA: () => "bytea",
};

/** Prisma's `@default` functions that are evaluated by Prisma Client, not by the database. */
const CLIENT_SIDE_DEFAULTS = new Set(["uuid", "cuid", "nanoid", "ulid"]);

const POSTGRES_MAX_IDENTIFIER_BYTES = 63;

/** Truncates to `limit` bytes of UTF-8 without splitting a character, as Prisma does. */
function truncateBytes(value: string, limit: number): string {
  let out = value;
  while (Buffer.byteLength(out, "utf8") > limit) out = out.slice(0, -1);
  return out;
}

/** Prisma's default constraint/index names (prisma-engines `ConstraintNames`). */
export const constraintNames = {
  primaryKey: (table: string) => `${truncateBytes(table, POSTGRES_MAX_IDENTIFIER_BYTES - 5)}_pkey`,
  unique: (table: string, columns: string[]) => withSuffix(table, columns, "_key"),
  index: (table: string, columns: string[]) => withSuffix(table, columns, "_idx"),
  foreignKey: (table: string, columns: string[]) => withSuffix(table, columns, "_fkey"),
};

function withSuffix(table: string, columns: string[], suffix: string): string {
  return truncateBytes(`${table}_${columns.join("_")}`, POSTGRES_MAX_IDENTIFIER_BYTES - suffix.length) + suffix;
}

export function shapeFromPrismaSchema(text: string): DatabaseShape {
  const { datamodel } = parsePrismaSchema(text);
  const scanned = scanSchemaText(text);
  const enums = new Map(datamodel.enums.map((e) => [e.name, e]));
  const models = new Map(datamodel.models.map((m) => [m.name, m]));

  const modelNamed = (name: string): DmmfModel => {
    const model = models.get(name);
    if (!model) throw new Error(`schema.prisma: no model ${name}`);
    return model;
  };
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((f) => f.name === fieldName);
    if (!field) throw new Error(`schema.prisma: no field ${model.name}.${fieldName}`);
    return field.dbName ?? field.name;
  };
  const enumDbName = (name: string) => {
    const enumType = enums.get(name);
    if (!enumType) throw new Error(`schema.prisma: no enum ${name}`);
    return enumType.dbName ?? enumType.name;
  };

  const columnType = (model: DmmfModel, field: DmmfField): string => {
    let base: string;
    if (field.kind === "enum") base = `enum ${enumDbName(field.type)}`;
    else if (field.nativeType) {
      const [name, args] = field.nativeType;
      const render = NATIVE_TYPES[name];
      if (!render) throw new Error(`${model.name}.${field.name}: @db.${name} is not known to tests/integration/schema-introspection.ts`);
      base = render(args);
    } else {
      const scalar = SCALAR_TYPES[field.type];
      if (!scalar) throw new Error(`${model.name}.${field.name}: type ${field.type} is not known to tests/integration/schema-introspection.ts`);
      base = scalar;
    }
    return field.isList ? `${base}[]` : base;
  };

  const columnDefault = (field: DmmfField): ColumnDefault | null => {
    const value = field.default;
    if (!field.hasDefaultValue || value === undefined) return null;
    if (Array.isArray(value)) return { kind: "expression", sql: JSON.stringify(value) };
    if (typeof value === "object" && value !== null) {
      if (value.name === "autoincrement") return { kind: "sequence" };
      if (value.name === "now") return { kind: "now" };
      if (CLIENT_SIDE_DEFAULTS.has(value.name)) return null;
      if (value.name === "dbgenerated") return { kind: "expression", sql: `dbgenerated(${JSON.stringify(value.args[0] ?? "")})` };
      return { kind: "expression", sql: `${value.name}()` };
    }
    if (field.kind === "enum") {
      const member = enums.get(field.type)?.values.find((v) => v.name === value);
      return { kind: "literal", value: member?.dbName ?? String(value) };
    }
    if (["String", "Int", "BigInt", "Float", "Decimal", "Boolean"].includes(field.type)) return { kind: "literal", value: String(value) };
    return { kind: "expression", sql: JSON.stringify(value) };
  };

  const tables = new Map<string, TableShape>();
  const tableShape = (name: string): TableShape => {
    let table = tables.get(name);
    if (!table) tables.set(name, (table = { columns: new Map(), indexes: new Map(), foreignKeys: new Map() }));
    return table;
  };

  for (const model of datamodel.models) {
    const table = tableShape(tableOf(model));
    for (const field of model.fields) {
      if (field.kind === "object") continue;
      table.columns.set(field.dbName ?? field.name, {
        type: columnType(model, field),
        // Prisma creates list columns without NOT NULL.
        nullable: !field.isRequired || field.isList,
        default: columnDefault(field),
      });
    }
  }
  for (const field of scanned.unsupported) {
    tableShape(tableOf(modelNamed(field.model))).columns.set(field.column, {
      type: field.type,
      nullable: field.nullable,
      default: field.hasDefault ? { kind: "expression", sql: "dbgenerated()" } : null,
    });
  }

  for (const index of datamodel.indexes) {
    const model = modelNamed(index.model);
    const tableName = tableOf(model);
    const columns = index.fields.map((f) => columnOf(model, f.name));
    if (index.type === "fulltext") throw new Error(`${model.name}: @@fulltext indexes do not exist on PostgreSQL`);
    const kind = index.type === "id" ? "primary key" : index.type === "unique" ? "unique index" : "index";
    const name =
      index.dbName ??
      (index.type === "id"
        ? constraintNames.primaryKey(tableName)
        : index.type === "unique"
          ? constraintNames.unique(tableName, columns)
          : constraintNames.index(tableName, columns));
    tableShape(tableName).indexes.set(name, {
      kind,
      columns: index.fields.map((f, i) => ({
        column: columns[i]!,
        descending: f.sortOrder === "desc",
        operatorClass: f.operatorClass ? operatorClassName(f.operatorClass) : null,
      })),
      method: (index.algorithm ?? "BTree").toLowerCase(),
      predicate: null,
    });
  }

  const manyToMany = new Map<string, { model: DmmfModel; field: DmmfField }[]>();
  for (const model of datamodel.models) {
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationName) continue;
      const from = field.relationFromFields ?? [];
      if (from.length === 0) {
        if (field.isList) manyToMany.set(field.relationName, [...(manyToMany.get(field.relationName) ?? []), { model, field }]);
        continue;
      }
      const target = modelNamed(field.type);
      const tableName = tableOf(model);
      const columns = from.map((f) => columnOf(model, f));
      const name = scanned.foreignKeyNames.get(`${model.name}.${field.name}`) ?? constraintNames.foreignKey(tableName, columns);
      tableShape(tableName).foreignKeys.set(name, {
        columns,
        referencedTable: tableOf(target),
        referencedColumns: (field.relationToFields ?? []).map((f) => columnOf(target, f)),
        // Prisma's defaults: SetNull for optional relations, Restrict for required ones; updates cascade.
        onDelete: field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull"),
        onUpdate: field.relationOnUpdate ?? "Cascade",
      });
    }
  }

  // Implicit many-to-many: both sides are lists without `fields:`. Prisma keeps them in "_<relation>"
  // with columns A (→ the model whose name sorts first) and B.
  for (const [relation, [side]] of manyToMany) {
    const hasForeignKey = datamodel.models.some((m) => m.fields.some((f) => f.relationName === relation && (f.relationFromFields?.length ?? 0) > 0));
    if (!side || hasForeignKey) continue;
    const [a, b] = [side.model.name, side.field.type].sort().map(modelNamed) as [DmmfModel, DmmfModel];
    const tableName = `_${relation}`;
    const table = tableShape(tableName);
    for (const [column, model] of [
      ["A", a],
      ["B", b],
    ] as const) {
      const id = model.fields.find((f) => f.isId);
      if (!id) throw new Error(`${model.name}: an implicit many-to-many relation needs a single-field @id`);
      table.columns.set(column, { type: columnType(model, { ...id, isList: false }), nullable: false, default: null });
      table.foreignKeys.set(`${tableName}_${column}_fkey`, {
        columns: [column],
        referencedTable: tableOf(model),
        referencedColumns: [id.dbName ?? id.name],
        onDelete: "Cascade",
        onUpdate: "Cascade",
      });
    }
    const key = (column: string): IndexColumn => ({ column, descending: false, operatorClass: null });
    table.indexes.set(`${tableName}_AB_pkey`, { kind: "primary key", columns: [key("A"), key("B")], method: "btree", predicate: null });
    table.indexes.set(`${tableName}_B_index`, { kind: "index", columns: [key("B")], method: "btree", predicate: null });
  }

  return {
    tables,
    enums: new Map(datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)])),
  };
}

/** Prisma's operator class names (`JsonbPathOps`, `Int4MinMaxMultiOps`) → PostgreSQL's; raw("…") ones are kept. */
function operatorClassName(name: string): string {
  if (/^[a-z0-9_]+$/.test(name)) return name;
  return name
    .replace(/MinMax/g, "Minmax")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------------
// Live database → shape
// ---------------------------------------------------------------------------------------------------

/** Tables that belong to the migration tooling, not to the schema. */
const IGNORED_TABLES = ["_prisma_migrations"];

type TableRow = { table_name: string };
type ColumnRow = {
  table_name: string;
  column_name: string;
  formatted_type: string;
  type_kind: string;
  type_name: string;
  element_kind: string | null;
  element_name: string | null;
  not_null: boolean;
  default_sql: string | null;
  identity: string;
  generated: string;
};
type IndexRow = {
  table_name: string;
  index_name: string;
  is_primary: boolean;
  is_unique: boolean;
  method: string;
  predicate: string | null;
  is_key: boolean;
  column_name: string;
  descending: boolean;
  operator_class: string | null;
};
type ForeignKeyRow = {
  table_name: string;
  name: string;
  referenced_table: string;
  on_delete: string;
  on_update: string;
  columns: string[];
  referenced_columns: string[];
};
type EnumRow = { name: string; value: string | null };

const ACTIONS: Record<string, ReferentialAction> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

/** Reads the current schema (search_path's first) of the database `sql` is connected to. */
export async function introspectDatabase(sql: SqlRunner): Promise<DatabaseShape> {
  const relations = `c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = current_schema() AND c.relname <> ALL($1::text[])`;
  const tableRows = await sql.query<TableRow>(
    `SELECT c.relname::text AS table_name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${relations}`,
    [IGNORED_TABLES],
  );
  const columnRows = await sql.query<ColumnRow>(
    `SELECT c.relname::text AS table_name, a.attname::text AS column_name,
            format_type(a.atttypid, a.atttypmod) AS formatted_type,
            t.typtype::text AS type_kind, t.typname::text AS type_name,
            et.typtype::text AS element_kind, et.typname::text AS element_name,
            a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default_sql,
            a.attidentity::text AS identity, a.attgenerated::text AS generated
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE ${relations} AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
    [IGNORED_TABLES],
  );
  const indexRows = await sql.query<IndexRow>(
    `SELECT c.relname::text AS table_name, i.relname::text AS index_name,
            ix.indisprimary AS is_primary, ix.indisunique AS is_unique, am.amname::text AS method,
            pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
            k.ord <= ix.indnkeyatts AS is_key,
            CASE WHEN k.attnum = 0 THEN pg_get_indexdef(ix.indexrelid, k.ord::int, true) ELSE a.attname::text END AS column_name,
            COALESCE((ix.indoption[(k.ord - 1)::int] & 1) = 1, false) AS descending,
            CASE WHEN opc.opcdefault THEN NULL ELSE opc.opcname::text END AS operator_class
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class c ON c.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_am am ON am.oid = i.relam
       CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
       LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
       LEFT JOIN pg_opclass opc ON opc.oid = ix.indclass[(k.ord - 1)::int]
      WHERE ${relations}
      ORDER BY c.relname, i.relname, k.ord`,
    [IGNORED_TABLES],
  );
  const columnList = (key: "conkey" | "confkey", table: "conrelid" | "confrelid") =>
    `ARRAY(SELECT a.attname::text FROM unnest(con.${key}) WITH ORDINALITY AS k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = con.${table} AND a.attnum = k.attnum ORDER BY k.ord)`;
  const foreignKeyRows = await sql.query<ForeignKeyRow>(
    `SELECT c.relname::text AS table_name, con.conname::text AS name, rc.relname::text AS referenced_table,
            con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
            ${columnList("conkey", "conrelid")} AS columns,
            ${columnList("confkey", "confrelid")} AS referenced_columns
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class rc ON rc.oid = con.confrelid
      WHERE con.contype = 'f' AND ${relations}`,
    [IGNORED_TABLES],
  );
  const enumRows = await sql.query<EnumRow>(
    `SELECT t.typname::text AS name, e.enumlabel::text AS value
       FROM pg_type t
       JOIN pg_namespace n ON n.oid = t.typnamespace
       LEFT JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typtype = 'e' AND n.nspname = current_schema()
      ORDER BY t.typname, e.enumsortorder`,
  );

  const tables = new Map<string, TableShape>(tableRows.map((row) => [row.table_name, { columns: new Map(), indexes: new Map(), foreignKeys: new Map() }]));
  const tableNamed = (name: string): TableShape => {
    const table = tables.get(name);
    if (!table) throw new Error(`introspection: table ${name} was not listed`);
    return table;
  };

  for (const row of columnRows) {
    tableNamed(row.table_name).columns.set(row.column_name, {
      type: databaseType(row),
      nullable: !row.not_null,
      default: databaseDefault(row),
    });
  }

  for (const row of indexRows) {
    const indexes = tableNamed(row.table_name).indexes;
    let index = indexes.get(row.index_name);
    if (!index) {
      index = {
        kind: row.is_primary ? "primary key" : row.is_unique ? "unique index" : "index",
        columns: [],
        method: row.method,
        predicate: row.predicate,
      };
      indexes.set(row.index_name, index);
    }
    index.columns.push({
      column: row.column_name,
      descending: row.descending,
      operatorClass: row.operator_class,
      ...(row.is_key ? {} : { included: true }),
    });
  }

  for (const row of foreignKeyRows) {
    tableNamed(row.table_name).foreignKeys.set(row.name, {
      columns: row.columns,
      referencedTable: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: ACTIONS[row.on_delete] ?? "NoAction",
      onUpdate: ACTIONS[row.on_update] ?? "NoAction",
    });
  }

  const enums = new Map<string, string[]>();
  for (const row of enumRows) {
    const values = enums.get(row.name) ?? [];
    if (row.value !== null) values.push(row.value);
    enums.set(row.name, values);
  }

  return { tables, enums };
}

function databaseType(row: ColumnRow): string {
  if (row.type_kind === "e") return `enum ${row.type_name}`;
  if (row.element_kind === "e") return `enum ${row.element_name}[]`;
  // An explicit precision of 6 is PostgreSQL's default: spell both the same way, as Prisma renders them.
  return row.formatted_type.replace(/^(timestamp|time)( with(?:out)? time zone)/, "$1(6)$2");
}

function databaseDefault(row: ColumnRow): ColumnDefault | null {
  if (row.identity === "a" || row.identity === "d") return { kind: "sequence" };
  const sql = row.default_sql;
  if (sql === null) return null;
  if (row.generated === "s") return { kind: "expression", sql: `GENERATED ALWAYS AS (${sql}) STORED` };
  if (/^nextval\(/i.test(sql)) return { kind: "sequence" };
  if (/^(CURRENT_TIMESTAMP(\(\d+\))?|now\(\))$/i.test(sql)) return { kind: "now" };
  const quoted = /^'((?:[^']|'')*)'(?:::[\w ."()[\]]+)?$/.exec(sql);
  if (quoted) return { kind: "literal", value: quoted[1]!.replace(/''/g, "'") };
  if (/^(-?\d+(\.\d+)?|true|false)$/i.test(sql)) return { kind: "literal", value: sql.toLowerCase() };
  return { kind: "expression", sql };
}

// ---------------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------------

const IN_SCHEMA_ONLY = "in schema.prisma, missing in the database";
const IN_DATABASE_ONLY = "in the database, missing in schema.prisma";

/** Every difference between what schema.prisma describes and what the database has, as readable lines. */
export function diffShapes(schema: DatabaseShape, database: DatabaseShape): string[] {
  const differences: string[] = [];
  const onlyIn = (subject: string, inSchema: boolean) => differences.push(`${subject}: ${inSchema ? IN_SCHEMA_ONLY : IN_DATABASE_ONLY}`);
  const differ = (subject: string, inSchema: string, inDatabase: string) =>
    differences.push(`${subject}: ${inSchema} in schema.prisma but ${inDatabase} in the database`);

  for (const tableName of unionOfKeys(schema.tables, database.tables)) {
    const expected = schema.tables.get(tableName);
    const actual = database.tables.get(tableName);
    if (!expected || !actual) {
      onlyIn(`table ${tableName}`, Boolean(expected));
      continue;
    }

    for (const name of unionOfKeys(expected.columns, actual.columns)) {
      const subject = `${tableName}.${name}`;
      const e = expected.columns.get(name);
      const a = actual.columns.get(name);
      if (!e || !a) {
        onlyIn(subject, Boolean(e));
        continue;
      }
      if (normaliseType(e.type) !== normaliseType(a.type)) differ(subject, `type ${e.type}`, `type ${a.type}`);
      if (e.nullable !== a.nullable) differ(subject, e.nullable ? "nullable" : "NOT NULL", a.nullable ? "nullable" : "NOT NULL");
      if (!defaultsMatch(e.default, a.default)) differ(subject, describeDefault(e.default), describeDefault(a.default));
    }

    for (const name of unionOfKeys(expected.indexes, actual.indexes)) {
      const e = expected.indexes.get(name);
      const a = actual.indexes.get(name);
      if (!e || !a) {
        const index = (e ?? a)!;
        onlyIn(`${tableName}: ${index.kind} ${name} ${describeIndex(index)}`, Boolean(e));
      } else if (e.kind !== a.kind || describeIndex(e) !== describeIndex(a)) {
        differ(`${tableName}: ${name}`, `${e.kind} ${describeIndex(e)}`, `${a.kind} ${describeIndex(a)}`);
      }
    }

    for (const name of unionOfKeys(expected.foreignKeys, actual.foreignKeys)) {
      const e = expected.foreignKeys.get(name);
      const a = actual.foreignKeys.get(name);
      if (!e || !a) onlyIn(`${tableName}: foreign key ${name} ${describeForeignKey((e ?? a)!)}`, Boolean(e));
      else if (describeForeignKey(e) !== describeForeignKey(a)) differ(`${tableName}: foreign key ${name}`, describeForeignKey(e), describeForeignKey(a));
    }
  }

  for (const name of unionOfKeys(schema.enums, database.enums)) {
    const e = schema.enums.get(name);
    const a = database.enums.get(name);
    if (!e || !a) {
      onlyIn(`enum ${name} (${(e ?? a)!.join(", ")})`, Boolean(e));
      continue;
    }
    for (const value of e.filter((v) => !a.includes(v))) onlyIn(`enum ${name} value ${value}`, true);
    for (const value of a.filter((v) => !e.includes(v))) onlyIn(`enum ${name} value ${value}`, false);
  }

  return differences;
}

/**
 * Database objects that exist only in raw-SQL migrations because schema.prisma cannot describe them,
 * by exact table and name. Each entry says where it comes from; anything not listed here still drifts.
 * - Article_searchVector_idx: GIN index over the generated tsvector column "searchVector"
 *   (prisma/migrations/20261127020000_search) and the publication month (an expression,
 *   prisma/migrations/20261127040000_search_speed), used by lib/search for /tim-kiem.
 * - Question_searchVector_idx: GIN index over the generated tsvector column "searchVector" of the
 *   published questions (prisma/migrations/20261207170000_questions), used by lib/questions for /hoi-dap.
 * - LegalDocument_searchVector_idx: GIN index over the generated tsvector column "searchVector" of the
 *   documents (prisma/migrations/20261208040000_documents), used by lib/documents for /van-ban.
 */
export const RAW_SQL_ONLY_INDEXES: readonly { table: string; name: string; index: IndexShape }[] = [
  {
    table: "Article",
    name: "Article_searchVector_idx",
    index: {
      kind: "index",
      columns: [
        { column: "searchVector", descending: false, operatorClass: null },
        { column: 'article_search_month("publishedAt")', descending: false, operatorClass: null },
      ],
      method: "gin",
      predicate: null,
    },
  },
  {
    table: "Question",
    name: "Question_searchVector_idx",
    index: { kind: "index", columns: [{ column: "searchVector", descending: false, operatorClass: null }], method: "gin", predicate: null },
  },
  {
    table: "LegalDocument",
    name: "LegalDocument_searchVector_idx",
    index: { kind: "index", columns: [{ column: "searchVector", descending: false, operatorClass: null }], method: "gin", predicate: null },
  },
];

/** Differences between a schema.prisma text and an introspected database. */
export function schemaDrift(schemaText: string, database: DatabaseShape): string[] {
  return diffShapes(withRawSqlOnlyObjects(shapeFromPrismaSchema(schemaText)), database);
}

/** Adds the allow-listed raw-SQL indexes to the schema's shape: they must exist, exactly as listed, like any other index. */
function withRawSqlOnlyObjects(schema: DatabaseShape): DatabaseShape {
  for (const allowed of RAW_SQL_ONLY_INDEXES) {
    const table = schema.tables.get(allowed.table);
    if (table && !table.indexes.has(allowed.name)) table.indexes.set(allowed.name, allowed.index);
  }
  return schema;
}

function unionOfKeys(a: Map<string, unknown>, b: Map<string, unknown>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort();
}

function normaliseType(type: string): string {
  return type
    .replace(/\s*,\s*/g, ",")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function defaultsMatch(schema: ColumnDefault | null, database: ColumnDefault | null): boolean {
  if (schema === null || database === null) return schema === database;
  if (schema.kind === "expression") return true;
  if (schema.kind !== database.kind) return false;
  if (schema.kind === "literal" && database.kind === "literal") {
    const [a, b] = [schema.value, database.value];
    return a === b || (a.trim() !== "" && b.trim() !== "" && !Number.isNaN(Number(a)) && Number(a) === Number(b));
  }
  return true;
}

function describeDefault(value: ColumnDefault | null): string {
  if (value === null) return "no default";
  switch (value.kind) {
    case "sequence":
      return "default autoincrement()";
    case "now":
      return "default now()";
    case "literal":
      return /^(-?\d+(\.\d+)?|true|false)$/.test(value.value) ? `default ${value.value}` : `default '${value.value}'`;
    case "expression":
      return `default ${value.sql}`;
  }
}

function describeIndex(index: IndexShape): string {
  const columns = index.columns.map(
    (c) => `${c.included ? "INCLUDE " : ""}${c.column}${c.operatorClass ? ` ${c.operatorClass}` : ""}${c.descending ? " DESC" : ""}`,
  );
  return `(${columns.join(", ")})${index.method === "btree" ? "" : ` USING ${index.method}`}${index.predicate ? ` WHERE ${index.predicate}` : ""}`;
}

const ACTION_SQL: Record<ReferentialAction, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

function describeForeignKey(fk: ForeignKeyShape): string {
  return `(${fk.columns.join(", ")}) → ${fk.referencedTable}(${fk.referencedColumns.join(", ")}) ON DELETE ${ACTION_SQL[fk.onDelete]} ON UPDATE ${ACTION_SQL[fk.onUpdate]}`;
}
