// A local TypeDoc plugin for `npm run docs` (typedoc.json loads it).
//
// The documentation check (`requiredToBeDocumented`) also reaches the members of anonymous object
// types that TypeScript infers: the shape inside a zod schema's type (`winRateInputSchema` is a
// `ZodMiniObject<{ won: …; lost: … }>`) and an inline object in a function's return type. Those
// members have no declaration a comment could be written on; the schema's input type and the
// function's `@returns` document them. This plugin exempts exactly those members, so every
// declared export, interface field and type remains required to carry documentation.
import { Converter, ReflectionKind } from "typedoc";

/** True when `reflection` is a member of an inferred object type under a schema variable or a function. */
function isInferredMember(reflection) {
  if (!reflection.kindOf(ReflectionKind.Property)) return false;
  let parent = reflection.parent;
  let insideTypeLiteral = false;
  while (parent) {
    // Parameters are never checked (their `@param` documents them).
    if (parent.kindOf(ReflectionKind.Parameter)) return false;
    if (parent.kindOf(ReflectionKind.TypeLiteral)) insideTypeLiteral = true;
    if (parent.kindOf(ReflectionKind.Variable)) return insideTypeLiteral && /Schema(For)?$/.test(parent.name);
    if (parent.kindOf(ReflectionKind.SomeSignature | ReflectionKind.Function)) return insideTypeLiteral;
    parent = parent.parent;
  }
  return false;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const names = new Set(app.options.getValue("intentionallyNotDocumented"));
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      if (!reflection.hasComment() && isInferredMember(reflection)) names.add(reflection.getFriendlyFullName());
    }
    app.options.setValue("intentionallyNotDocumented", [...names]);
  });
}
