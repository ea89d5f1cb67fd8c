/**
 * The JavaScript twin of programs/deltablue.lua: the DeltaBlue incremental constraint solver,
 * with constraints as a class hierarchy. Each of n rounds runs the chain test and the
 * projection test on 100 variables, checks the propagated values and counts the constraints
 * of the plans executed.
 */

const VARIABLES = 100;
const PLANNED_PER_ROUND = 100 * (1 + VARIABLES) + 10 * (2 + 2 + 2 * (1 + VARIABLES));

// Strengths: a smaller number is a stronger constraint.
const REQUIRED = 0;
const PREFERRED = 2;
const STRONG_DEFAULT = 3;
const NORMAL = 4;
const WEAK_DEFAULT = 5;
const WEAKEST = 6;

const stronger = (s1: number, s2: number): boolean => s1 < s2;
const weaker = (s1: number, s2: number): boolean => s1 > s2;
const weakest = (s1: number, s2: number): number => (weaker(s1, s2) ? s1 : s2);

const NONE = 0;
const FORWARD = 1;
const BACKWARD = -1;

/** The planner of the current test, which constraints add themselves to. */
let planner: Planner;

function removeValue<T>(list: T[], value: T): void {
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
}

class Variable {
  constraints: Constraint[] = [];
  determinedBy: Constraint | null = null;
  mark = 0;
  walkStrength = WEAKEST;
  stay = true;

  constructor(
    readonly name: string,
    public value = 0,
  ) {}

  addConstraint(c: Constraint): void {
    this.constraints.push(c);
  }

  removeConstraint(c: Constraint): void {
    removeValue(this.constraints, c);
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

abstract class Constraint {
  constructor(readonly strength: number) {}

  abstract addToGraph(): void;
  abstract removeFromGraph(): void;
  abstract chooseMethod(mark: number): void;
  abstract isSatisfied(): boolean;
  abstract markInputs(mark: number): void;
  abstract markUnsatisfied(): void;
  abstract output(): Variable;
  abstract recalculate(): void;
  abstract inputsKnown(mark: number): boolean;
  abstract execute(): void;

  addConstraint(): void {
    this.addToGraph();
    planner.incrementalAdd(this);
  }

  /** Satisfies this constraint if it can; returns the constraint it overrides, or null. */
  satisfy(mark: number): Constraint | null {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) throw new Error('deltablue: could not satisfy a required constraint');
      return null;
    }
    this.markInputs(mark);
    const out = this.output();
    const overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!planner.addPropagate(this, mark)) throw new Error('deltablue: cycle encountered');
    out.mark = mark;
    return overridden;
  }

  destroyConstraint(): void {
    if (this.isSatisfied()) planner.incrementalRemove(this);
    else this.removeFromGraph();
  }

  isInput(): boolean {
    return false;
  }
}

abstract class UnaryConstraint extends Constraint {
  satisfied = false;

  constructor(
    readonly myOutput: Variable,
    strength: number,
  ) {
    super(strength);
  }

  addToGraph(): void {
    this.myOutput.addConstraint(this);
    this.satisfied = false;
  }

  removeFromGraph(): void {
    this.myOutput.removeConstraint(this);
    this.satisfied = false;
  }

  chooseMethod(mark: number): void {
    const out = this.myOutput;
    this.satisfied = out.mark !== mark && stronger(this.strength, out.walkStrength);
  }

  isSatisfied(): boolean {
    return this.satisfied;
  }

  markInputs(_mark: number): void {}

  output(): Variable {
    return this.myOutput;
  }

  markUnsatisfied(): void {
    this.satisfied = false;
  }

  inputsKnown(_mark: number): boolean {
    return true;
  }

  recalculate(): void {
    const out = this.myOutput;
    out.walkStrength = this.strength;
    out.stay = !this.isInput();
    if (out.stay) this.execute();
  }
}

class StayConstraint extends UnaryConstraint {
  constructor(v: Variable, strength: number) {
    super(v, strength);
    this.addConstraint();
  }

  execute(): void {}
}

class EditConstraint extends UnaryConstraint {
  constructor(v: Variable, strength: number) {
    super(v, strength);
    this.addConstraint();
  }

  override isInput(): boolean {
    return true;
  }

  execute(): void {}
}

/** A constraint between two variables: FORWARD writes v2 from v1, BACKWARD v1 from v2. */
abstract class BinaryConstraint extends Constraint {
  direction = NONE;

  constructor(
    readonly v1: Variable,
    readonly v2: Variable,
    strength: number,
  ) {
    super(strength);
  }

  addToGraph(): void {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = NONE;
  }

  removeFromGraph(): void {
    this.v1.removeConstraint(this);
    this.v2.removeConstraint(this);
    this.direction = NONE;
  }

  chooseMethod(mark: number): void {
    const { v1, v2, strength } = this;
    if (v1.mark === mark) {
      this.direction = v2.mark !== mark && stronger(strength, v2.walkStrength) ? FORWARD : NONE;
    } else if (v2.mark === mark) {
      this.direction = stronger(strength, v1.walkStrength) ? BACKWARD : NONE;
    } else if (weaker(v1.walkStrength, v2.walkStrength)) {
      this.direction = stronger(strength, v1.walkStrength) ? BACKWARD : NONE;
    } else if (stronger(strength, v2.walkStrength)) {
      this.direction = FORWARD;
    } else {
      this.direction = BACKWARD;
    }
  }

  isSatisfied(): boolean {
    return this.direction !== NONE;
  }

  markUnsatisfied(): void {
    this.direction = NONE;
  }

  input(): Variable {
    return this.direction === FORWARD ? this.v1 : this.v2;
  }

  output(): Variable {
    return this.direction === FORWARD ? this.v2 : this.v1;
  }

  markInputs(mark: number): void {
    this.input().mark = mark;
  }

  inputsKnown(mark: number): boolean {
    const i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }

  recalculate(): void {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = weakest(this.strength, ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) this.execute();
  }
}

class EqualityConstraint extends BinaryConstraint {
  constructor(v1: Variable, v2: Variable, strength: number) {
    super(v1, v2, strength);
    this.addConstraint();
  }

  execute(): void {
    this.output().value = this.input().value;
  }
}

/** v2 = v1 * scale + offset. */
class ScaleConstraint extends BinaryConstraint {
  constructor(
    src: Variable,
    readonly scale: Variable,
    readonly offset: Variable,
    dest: Variable,
    strength: number,
  ) {
    super(src, dest, strength);
    this.addConstraint();
  }

  override addToGraph(): void {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }

  override removeFromGraph(): void {
    super.removeFromGraph();
    this.scale.removeConstraint(this);
    this.offset.removeConstraint(this);
  }

  override markInputs(mark: number): void {
    super.markInputs(mark);
    this.scale.mark = mark;
    this.offset.mark = mark;
  }

  execute(): void {
    if (this.direction === FORWARD) {
      this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    } else {
      this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
    }
  }

  override recalculate(): void {
    const ihn = this.input();
    const out = this.output();
    out.walkStrength = weakest(this.strength, ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class Plan {
  constraints: Constraint[] = [];

  add(c: Constraint): void {
    this.constraints.push(c);
  }

  execute(): void {
    const constraints = this.constraints;
    for (let i = 0; i < constraints.length; i++) constraints[i].execute();
  }
}

/** Appends to list the satisfied constraints on v other than the one determining it. */
function addConstraintsConsumingTo(v: Variable, list: Constraint[]): void {
  const determining = v.determinedBy;
  for (const c of v.constraints) {
    if (c !== determining && c.isSatisfied()) list.push(c);
  }
}

class Planner {
  currentMark = 0;
  executed = 0;

  newMark(): number {
    return ++this.currentMark;
  }

  incrementalAdd(c: Constraint): void {
    const mark = this.newMark();
    let overridden = c.satisfy(mark);
    while (overridden !== null) overridden = overridden.satisfy(mark);
  }

  incrementalRemove(c: Constraint): void {
    const out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    const unsatisfied = this.removePropagateFrom(out);
    for (let strength = REQUIRED; strength <= WEAK_DEFAULT; strength++) {
      for (const u of unsatisfied) {
        if (u.strength === strength) this.incrementalAdd(u);
      }
    }
  }

  makePlan(sources: Constraint[]): Plan {
    const mark = this.newMark();
    const plan = new Plan();
    const todo = sources;
    for (let head = 0; head < todo.length; head++) {
      const c = todo[head];
      const out = c.output();
      if (out.mark !== mark && c.inputsKnown(mark)) {
        plan.add(c);
        out.mark = mark;
        addConstraintsConsumingTo(out, todo);
      }
    }
    return plan;
  }

  extractPlanFromConstraints(constraints: Constraint[]): Plan {
    const sources: Constraint[] = [];
    for (const c of constraints) {
      if (c.isInput() && c.isSatisfied()) sources.push(c);
    }
    return this.makePlan(sources);
  }

  addPropagate(c: Constraint, mark: number): boolean {
    const todo: Constraint[] = [c];
    for (let head = 0; head < todo.length; head++) {
      const d = todo[head];
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }

  removePropagateFrom(out: Variable): Constraint[] {
    out.determinedBy = null;
    out.walkStrength = WEAKEST;
    out.stay = true;
    const unsatisfied: Constraint[] = [];
    const todo: Variable[] = [out];
    for (let head = 0; head < todo.length; head++) {
      const v = todo[head];
      for (const c of v.constraints) {
        if (!c.isSatisfied()) unsatisfied.push(c);
      }
      const determining = v.determinedBy;
      for (const next of v.constraints) {
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.push(next.output());
        }
      }
    }
    return unsatisfied;
  }

  change(v: Variable, value: number, times: number): void {
    const edit = new EditConstraint(v, PREFERRED);
    const plan = this.extractPlanFromConstraints([edit]);
    for (let i = 0; i < times; i++) {
      v.value = value;
      plan.execute();
      this.executed += plan.constraints.length;
    }
    edit.destroyConstraint();
  }
}

function chainTest(size: number): number {
  planner = new Planner();
  let prev: Variable | null = null;
  let first: Variable | null = null;
  let last: Variable | null = null;
  for (let i = 0; i <= size; i++) {
    const v = new Variable('v' + i);
    if (prev !== null) new EqualityConstraint(prev, v, REQUIRED);
    if (i === 0) first = v;
    if (i === size) last = v;
    prev = v;
  }
  new StayConstraint(last!, STRONG_DEFAULT);
  const edit = new EditConstraint(first!, PREFERRED);
  const plan = planner.extractPlanFromConstraints([edit]);
  for (let i = 1; i <= 100; i++) {
    first!.value = i;
    plan.execute();
    planner.executed += plan.constraints.length;
    if (last!.value !== i) throw new Error(`deltablue: wrong result: chain test gives ${last!.value} for ${i}`);
  }
  return planner.executed;
}

function projectionTest(size: number): number {
  planner = new Planner();
  const scale = new Variable('scale', 10);
  const offset = new Variable('offset', 1000);
  let src: Variable | null = null;
  let dst: Variable | null = null;
  const dests: Variable[] = [];
  for (let i = 0; i < size; i++) {
    src = new Variable('src' + i, i);
    dst = new Variable('dst' + i, i);
    dests.push(dst);
    new StayConstraint(src, NORMAL);
    new ScaleConstraint(src, scale, offset, dst, REQUIRED);
  }
  planner.change(src!, 17, 10);
  if (dst!.value !== 1170) throw new Error(`deltablue: wrong result: projection 1 gives ${dst!.value}`);
  planner.change(dst!, 1050, 10);
  if (src!.value !== 5) throw new Error(`deltablue: wrong result: projection 2 gives ${src!.value}`);
  planner.change(scale, 5, 10);
  for (let i = 0; i < size - 1; i++) {
    if (dests[i].value !== i * 5 + 1000) throw new Error(`deltablue: wrong result: projection 3 gives ${dests[i].value}`);
  }
  planner.change(offset, 2000, 10);
  for (let i = 0; i < size - 1; i++) {
    if (dests[i].value !== i * 5 + 2000) throw new Error(`deltablue: wrong result: projection 4 gives ${dests[i].value}`);
  }
  return planner.executed;
}

export function run(n: number): string {
  let planned = 0;
  for (let r = 0; r < n; r++) planned += chainTest(VARIABLES) + projectionTest(VARIABLES);
  if (planned !== PLANNED_PER_ROUND * n) {
    throw new Error(`deltablue: wrong result ${planned} constraints executed in ${n} rounds`);
  }
  return `deltablue: ${planned} constraints executed in ${n} rounds`;
}
