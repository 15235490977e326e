//! The built-in types' methods and protocol operations, in one table: each
//! entry gives the receiver kind, the Python name, the parameters (kinds and
//! defaults), the result, and the runtime function that implements it. The
//! annotator types `x.name(...)` calls from it, lowering binds arguments to it,
//! and backends map an entry to their runtime symbol. Entries whose name starts
//! with `__` are the protocol operations lowering uses for subscripts, `in`,
//! `len`, iteration, operators, `repr` and comparisons.
//!
//! Kinds are relative to the receiver: `Elem` is a list's, set's or iterator's
//! element type (a str's is str, a dict's is its key type), `Key`/`Val` a
//! dict's, `Same` the receiver's own type.

use crate::types::Type;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Recv {
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Iter,
    /// Any type (generic protocol operations driven by a type descriptor).
    Any,
    // Library modules: their functions take no receiver.
    Math,
    Random,
    Time,
    Sys,
    SysStdout,
    SysStderr,
    Rarithmetic,
}

impl Recv {
    pub fn of(t: &Type) -> Option<Recv> {
        Some(match t {
            Type::Str => Recv::Str,
            Type::List(_) => Recv::List,
            Type::Tuple(_) => Recv::Tuple,
            Type::Dict(..) => Recv::Dict,
            Type::Set(_) => Recv::Set,
            Type::Iter(_) => Recv::Iter,
            Type::Module(m) => return Recv::module(m),
            _ => return None,
        })
    }
    /// The library module of that name (`sys.stdout` included).
    pub fn module(name: &str) -> Option<Recv> {
        Some(match name {
            "math" => Recv::Math,
            "random" => Recv::Random,
            "time" => Recv::Time,
            "sys" => Recv::Sys,
            "sys.stdout" => Recv::SysStdout,
            "sys.stderr" => Recv::SysStderr,
            "rarithmetic" => Recv::Rarithmetic,
            _ => return None,
        })
    }
    /// Whether this is a library module (whose functions take no receiver).
    pub fn is_module(self) -> bool {
        matches!(self, Recv::Math | Recv::Random | Recv::Time | Recv::Sys | Recv::SysStdout | Recv::SysStderr | Recv::Rarithmetic)
    }
    pub fn name(self) -> &'static str {
        match self {
            Recv::Str => "str",
            Recv::List => "list",
            Recv::Tuple => "tuple",
            Recv::Dict => "dict",
            Recv::Set => "set",
            Recv::Iter => "iter",
            Recv::Any => "any",
            Recv::Math => "math",
            Recv::Random => "random",
            Recv::Time => "time",
            Recv::Sys => "sys",
            Recv::SysStdout => "sys_stdout",
            Recv::SysStderr => "sys_stderr",
            Recv::Rarithmetic => "rarithmetic",
        }
    }
}

/// Argument and result kinds.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum K {
    None,
    Bool,
    Int,
    Str,
    /// `int | None`.
    OptInt,
    /// `str | None`.
    OptStr,
    Elem,
    Key,
    Val,
    /// The receiver's type.
    Same,
    ListStr,
    ListElem,
    /// `tuple[str, str, str]`.
    Str3,
    /// `tuple[Key, Val]`.
    Item,
    IterElem,
    IterVal,
    IterItem,
    /// Any iterable whose elements unify with `Elem`; lowering turns it into a list.
    IterableElem,
    /// Any iterable of str; lowering turns it into a list.
    IterableStr,
    /// `str` or a tuple of str (`startswith`).
    StrOrStrs,
    /// `Val` united with the type of the default argument (`dict.get`, `dict.pop`).
    ValOrDefault,
    /// A number, passed as a float (int and bool converted).
    Float,
    /// `float | None`.
    OptFloat,
    /// `tuple[float, float]`.
    Float2,
    /// `tuple[float, int]`.
    FloatInt,
    /// Any value (the runtime function decides).
    Any,
    /// A list, tuple or str: a library function's sequence argument (the
    /// receiver-relative kinds of a library function refer to it).
    Seq,
    /// A list (shuffled in place).
    List,
}

/// A default value of an omitted argument.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Dflt {
    Required,
    None,
    Int(i64),
    Bool(bool),
    Str(&'static str),
}

#[derive(Copy, Clone, Debug)]
pub struct Param {
    pub name: &'static str,
    pub kind: K,
    pub default: Dflt,
}

#[derive(Debug)]
pub struct Method {
    pub recv: Recv,
    pub name: &'static str,
    pub params: &'static [Param],
    pub ret: K,
    /// Whether the call stores its `Elem`/`Key`/`Val` arguments into the receiver.
    pub stores: bool,
    /// Whether the call may raise. (Library functions with effects, such as
    /// writing or drawing a random number, are marked so too: they must run
    /// even when their result is unused.)
    pub may_raise: bool,
    /// Whether the runtime function takes the receiver's type descriptor last.
    pub typed: bool,
    /// The runtime function (its name without the backend's prefix).
    pub rt: &'static str,
    /// A module constant: the runtime name is a value, not a function to call.
    pub value: bool,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct MethodId(pub u16);

/// The table entry for a call `name(...)` with `nargs` arguments on a receiver of
/// kind `recv`: a few methods have a second entry for another arity.
pub fn resolve_name(recv: Recv, name: &str, nargs: usize) -> &str {
    match (recv, name, nargs) {
        (Recv::Dict, "pop", 2) => "__pop_default__",
        _ => name,
    }
}

impl MethodId {
    pub fn get(self) -> &'static Method { &METHODS[self.0 as usize] }
    pub fn lookup(recv: Recv, name: &str) -> Option<MethodId> {
        METHODS.iter().position(|m| m.recv == recv && m.name == name).map(|i| MethodId(i as u16))
    }
    /// The text-IR spelling: `list.append`.
    pub fn spelling(self) -> String { format!("{}.{}", self.get().recv.name(), self.get().name) }
    pub fn from_spelling(s: &str) -> Option<MethodId> {
        let (r, n) = s.split_once('.')?;
        METHODS.iter().position(|m| m.recv.name() == r && m.name == n).map(|i| MethodId(i as u16))
    }
}

const fn p(name: &'static str, kind: K) -> Param { Param { name, kind, default: Dflt::Required } }
const fn o(name: &'static str, kind: K, default: Dflt) -> Param { Param { name, kind, default } }

macro_rules! m {
    ($recv:ident $name:literal ($($param:expr),*) -> $ret:ident, $rt:literal $(, $flag:ident)*) => {
        Method {
            recv: Recv::$recv,
            name: $name,
            params: &[$($param),*],
            ret: K::$ret,
            stores: m!(@has stores $($flag)*),
            may_raise: m!(@has raises $($flag)*),
            typed: m!(@has typed $($flag)*),
            rt: $rt,
            value: m!(@has value $($flag)*),
        }
    };
    (@has $want:ident) => { false };
    (@has $want:ident $first:ident $($rest:ident)*) => { m!(@eq $want $first) || m!(@has $want $($rest)*) };
    (@eq stores stores) => { true };
    (@eq raises raises) => { true };
    (@eq typed typed) => { true };
    (@eq value value) => { true };
    (@eq $a:ident $b:ident) => { false };
}

const NONE: Dflt = Dflt::None;

pub static METHODS: &[Method] = &[
    // ---- library modules (CPython 3.11's math, random, time, sys; RPython's rarithmetic) ----
    m!(Math "pi"() -> Float, "math_pi", value),
    m!(Math "e"() -> Float, "math_e", value),
    m!(Math "tau"() -> Float, "math_tau", value),
    m!(Math "inf"() -> Float, "math_inf", value),
    m!(Math "nan"() -> Float, "math_nan", value),
    m!(Math "sqrt"(p("x", K::Float)) -> Float, "math_sqrt", raises),
    m!(Math "floor"(p("x", K::Float)) -> Int, "math_floor", raises),
    m!(Math "ceil"(p("x", K::Float)) -> Int, "math_ceil", raises),
    m!(Math "trunc"(p("x", K::Float)) -> Int, "math_trunc", raises),
    m!(Math "fabs"(p("x", K::Float)) -> Float, "math_fabs"),
    m!(Math "isnan"(p("x", K::Float)) -> Bool, "math_isnan"),
    m!(Math "isinf"(p("x", K::Float)) -> Bool, "math_isinf"),
    m!(Math "isfinite"(p("x", K::Float)) -> Bool, "math_isfinite"),
    m!(Math "degrees"(p("x", K::Float)) -> Float, "math_degrees"),
    m!(Math "radians"(p("x", K::Float)) -> Float, "math_radians"),
    m!(Math "copysign"(p("x", K::Float), p("y", K::Float)) -> Float, "math_copysign"),
    m!(Math "fmod"(p("x", K::Float), p("y", K::Float)) -> Float, "math_fmod", raises),
    m!(Math "remainder"(p("x", K::Float), p("y", K::Float)) -> Float, "math_remainder", raises),
    m!(Math "ldexp"(p("x", K::Float), p("i", K::Int)) -> Float, "math_ldexp", raises),
    m!(Math "frexp"(p("x", K::Float)) -> FloatInt, "math_frexp"),
    m!(Math "modf"(p("x", K::Float)) -> Float2, "math_modf"),
    m!(Math "isclose"(p("a", K::Float), p("b", K::Float), o("rel_tol", K::OptFloat, NONE), o("abs_tol", K::OptFloat, NONE)) -> Bool, "math_isclose_o", raises),
    m!(Math "gcd"(p("a", K::Int), p("b", K::Int)) -> Int, "math_gcd"),
    m!(Math "lcm"(p("a", K::Int), p("b", K::Int)) -> Int, "math_lcm", raises),
    m!(Math "factorial"(p("n", K::Int)) -> Int, "math_factorial", raises),
    m!(Math "comb"(p("n", K::Int), p("k", K::Int)) -> Int, "math_comb", raises),
    m!(Math "perm"(p("n", K::Int), p("k", K::Int)) -> Int, "math_perm", raises),
    m!(Math "isqrt"(p("n", K::Int)) -> Int, "math_isqrt", raises),
    m!(Math "hypot"(p("x", K::Float), p("y", K::Float)) -> Float, "math_hypot", raises),
    m!(Math "dist"(p("p", K::Seq), p("q", K::Same)) -> Float, "math_dist", raises),
    m!(Math "fsum"(p("xs", K::Seq)) -> Float, "math_fsum", raises),
    m!(Math "exp"(p("x", K::Float)) -> Float, "math_exp", raises),
    m!(Math "exp2"(p("x", K::Float)) -> Float, "math_exp2", raises),
    m!(Math "expm1"(p("x", K::Float)) -> Float, "math_expm1", raises),
    m!(Math "log"(p("x", K::Float), o("base", K::OptFloat, NONE)) -> Float, "math_log_o", raises),
    m!(Math "log2"(p("x", K::Float)) -> Float, "math_log2", raises),
    m!(Math "log10"(p("x", K::Float)) -> Float, "math_log10", raises),
    m!(Math "log1p"(p("x", K::Float)) -> Float, "math_log1p", raises),
    m!(Math "pow"(p("x", K::Float), p("y", K::Float)) -> Float, "math_pow", raises),
    m!(Math "sin"(p("x", K::Float)) -> Float, "math_sin", raises),
    m!(Math "cos"(p("x", K::Float)) -> Float, "math_cos", raises),
    m!(Math "tan"(p("x", K::Float)) -> Float, "math_tan", raises),
    m!(Math "asin"(p("x", K::Float)) -> Float, "math_asin", raises),
    m!(Math "acos"(p("x", K::Float)) -> Float, "math_acos", raises),
    m!(Math "atan"(p("x", K::Float)) -> Float, "math_atan", raises),
    m!(Math "atan2"(p("y", K::Float), p("x", K::Float)) -> Float, "math_atan2", raises),
    m!(Math "sinh"(p("x", K::Float)) -> Float, "math_sinh", raises),
    m!(Math "cosh"(p("x", K::Float)) -> Float, "math_cosh", raises),
    m!(Math "tanh"(p("x", K::Float)) -> Float, "math_tanh", raises),
    m!(Math "asinh"(p("x", K::Float)) -> Float, "math_asinh", raises),
    m!(Math "acosh"(p("x", K::Float)) -> Float, "math_acosh", raises),
    m!(Math "atanh"(p("x", K::Float)) -> Float, "math_atanh", raises),
    m!(Math "cbrt"(p("x", K::Float)) -> Float, "math_cbrt", raises),
    m!(Random "seed"(o("a", K::Any, NONE)) -> None, "random_seed", raises, typed),
    m!(Random "random"() -> Float, "random_random"),
    m!(Random "getrandbits"(p("k", K::Int)) -> Int, "random_getrandbits", raises),
    m!(Random "randrange"(p("start", K::Int), o("stop", K::OptInt, NONE), o("step", K::Int, Dflt::Int(1))) -> Int, "random_randrange", raises),
    m!(Random "randint"(p("a", K::Int), p("b", K::Int)) -> Int, "random_randint", raises),
    m!(Random "choice"(p("seq", K::Seq)) -> Elem, "random_choice", raises),
    m!(Random "shuffle"(p("x", K::List)) -> None, "random_shuffle"),
    m!(Random "sample"(p("population", K::Seq), p("k", K::Int)) -> ListElem, "random_sample", raises),
    m!(Random "choices"(p("population", K::Seq), o("weights", K::Any, NONE), o("cum_weights", K::Any, NONE), o("k", K::Int, Dflt::Int(1))) -> ListElem, "random_choices", raises),
    m!(Random "uniform"(p("a", K::Float), p("b", K::Float)) -> Float, "random_uniform"),
    m!(Random "triangular"(o("low", K::Float, Dflt::Int(0)), o("high", K::Float, Dflt::Int(1)), o("mode", K::OptFloat, NONE)) -> Float, "random_triangular"),
    m!(Random "gauss"(o("mu", K::Float, Dflt::Int(0)), o("sigma", K::Float, Dflt::Int(1))) -> Float, "random_gauss"),
    m!(Random "normalvariate"(o("mu", K::Float, Dflt::Int(0)), o("sigma", K::Float, Dflt::Int(1))) -> Float, "random_normalvariate"),
    m!(Random "expovariate"(p("lambd", K::Float)) -> Float, "random_expovariate", raises),
    m!(Time "time"() -> Float, "time_time"),
    m!(Time "perf_counter"() -> Float, "time_perf_counter"),
    m!(Time "monotonic"() -> Float, "time_monotonic"),
    m!(Time "process_time"() -> Float, "time_process_time"),
    m!(Time "sleep"(p("secs", K::Float)) -> None, "time_sleep", raises),
    m!(Sys "argv"() -> ListStr, "sys_argv", value),
    m!(Sys "__input__"(o("prompt", K::Str, Dflt::Str(""))) -> Str, "input", raises),
    m!(Sys "exit"(o("status", K::Any, NONE)) -> None, "sys_exit", raises, typed),
    m!(SysStdout "write"(p("s", K::Str)) -> Int, "sys_stdout_write", raises),
    m!(SysStdout "flush"() -> None, "sys_flush"),
    m!(SysStderr "write"(p("s", K::Str)) -> Int, "sys_stderr_write", raises),
    m!(SysStderr "flush"() -> None, "sys_flush"),
    m!(Rarithmetic "LONG_BIT"() -> Int, "rarith_long_bit", value),
    m!(Rarithmetic "intmask"(p("x", K::Int)) -> Int, "rarith_intmask"),
    m!(Rarithmetic "ovfcheck"(p("x", K::Int)) -> Int, "rarith_ovfcheck"),
    // ---- protocol operations ----
    m!(Any "__repr__"() -> Str, "repr", typed),
    m!(Any "__str__"() -> Str, "str", typed),
    m!(Any "__eq__"(p("other", K::Same)) -> Bool, "eq", typed),
    m!(Any "__lt__"(p("other", K::Same)) -> Bool, "lt", typed, raises),
    m!(Any "__le__"(p("other", K::Same)) -> Bool, "le", typed, raises),
    m!(Any "__format__"(p("spec", K::Str)) -> Str, "format", typed, raises),
    m!(Any "__hash__"() -> Int, "hash", typed, raises),
    m!(Str "__iter__"() -> IterElem, "str_iter"),
    m!(Str "__assert_fail__"() -> None, "assert_fail", raises),
    m!(Str "__reversed__"() -> IterElem, "str_reversed"),
    m!(List "__len__"() -> Int, "list_len"),
    m!(List "__getitem__"(p("i", K::Int)) -> Elem, "list_getitem", raises),
    m!(List "__setitem__"(p("i", K::Int), p("x", K::Elem)) -> None, "list_setitem", raises, stores),
    m!(List "__delitem__"(p("i", K::Int)) -> None, "list_delitem", raises),
    m!(List "__getslice__"(p("start", K::OptInt), p("stop", K::OptInt), p("step", K::OptInt)) -> Same, "list_slice", raises),
    m!(List "__setslice__"(p("start", K::OptInt), p("stop", K::OptInt), p("step", K::OptInt), p("x", K::IterableElem)) -> None, "list_setslice", raises, stores),
    m!(List "__delslice__"(p("start", K::OptInt), p("stop", K::OptInt), p("step", K::OptInt)) -> None, "list_delslice", raises),
    m!(List "__contains__"(p("x", K::Elem)) -> Bool, "list_contains", typed),
    m!(List "__iter__"() -> IterElem, "list_iter"),
    m!(List "__reversed__"() -> IterElem, "list_reversed"),
    m!(List "__add__"(p("other", K::Same)) -> Same, "list_add"),
    m!(List "__iadd__"(p("other", K::IterableElem)) -> Same, "list_iadd", stores),
    m!(List "__mul__"(p("n", K::Int)) -> Same, "list_mul", raises),
    m!(List "__imul__"(p("n", K::Int)) -> Same, "list_imul", raises),
    m!(List "__unpack__"(p("n", K::Int)) -> Same, "list_unpack", raises),
    m!(List "__unpack_star__"(p("n", K::Int)) -> Same, "list_unpack_star", raises),
    m!(Tuple "__len__"() -> Int, "tuple_len"),
    m!(Tuple "__getitem__"(p("i", K::Int)) -> Elem, "tuple_getitem", raises),
    m!(Tuple "__getslice__"(p("start", K::OptInt), p("stop", K::OptInt), p("step", K::OptInt)) -> Same, "list_slice", raises),
    m!(Tuple "__contains__"(p("x", K::Elem)) -> Bool, "list_contains", typed),
    m!(Tuple "__iter__"() -> IterElem, "list_iter"),
    m!(Tuple "__reversed__"() -> IterElem, "list_reversed"),
    m!(Dict "__len__"() -> Int, "dict_len"),
    m!(Dict "__getitem__"(p("k", K::Key)) -> Val, "dict_getitem", raises),
    m!(Dict "__setitem__"(p("k", K::Key), p("v", K::Val)) -> None, "dict_setitem", stores, raises),
    m!(Dict "__delitem__"(p("k", K::Key)) -> None, "dict_delitem", raises),
    m!(Dict "__contains__"(p("k", K::Key)) -> Bool, "dict_contains", raises),
    m!(Dict "__iter__"() -> IterElem, "dict_iter"),
    m!(Set "__len__"() -> Int, "set_len"),
    m!(Set "__contains__"(p("x", K::Elem)) -> Bool, "set_contains", raises),
    m!(Set "__iter__"() -> IterElem, "set_iter"),
    m!(Set "__or__"(p("other", K::Same)) -> Same, "set_union"),
    m!(Set "__and__"(p("other", K::Same)) -> Same, "set_intersection"),
    m!(Set "__sub__"(p("other", K::Same)) -> Same, "set_difference"),
    m!(Set "__xor__"(p("other", K::Same)) -> Same, "set_symmetric_difference"),
    m!(Set "__le__"(p("other", K::Same)) -> Bool, "set_issubset"),
    m!(Set "__lt__"(p("other", K::Same)) -> Bool, "set_lt"),
    m!(Iter "__iter__"() -> Same, "iter_self"),
    m!(Iter "__contains__"(p("x", K::Elem)) -> Bool, "iter_contains", typed),
    m!(Iter "__next__"() -> Elem, "iter_next", raises),
    m!(Iter "__next_or__"(p("default", K::Elem)) -> Elem, "iter_next_or"),
    m!(Iter "__list__"() -> ListElem, "iter_list"),
    m!(Iter "__close__"() -> None, "iter_close", raises),
    m!(Iter "__set__"() -> Same, "iter_set", typed, raises),
    m!(Iter "__dict__"() -> Same, "iter_dict", typed, raises),
    m!(Iter "__sorted__"(p("reverse", K::Bool)) -> ListElem, "iter_sorted", typed, raises),
    m!(Iter "__enumerate__"(p("start", K::Int)) -> Same, "iter_enumerate"),
    m!(Any "__zip__"() -> Same, "iter_zip"),
    m!(Iter "__sum_int__"(p("start", K::Int)) -> Int, "iter_sum_int", raises),
    m!(Iter "__sum_float__"(p("start", K::Same)) -> Same, "iter_sum_float"),
    m!(Iter "__any__"() -> Bool, "iter_any", typed),
    m!(Iter "__all__"() -> Bool, "iter_all", typed),
    m!(Iter "__min__"() -> Elem, "iter_min", typed, raises),
    m!(Iter "__max__"() -> Elem, "iter_max", typed, raises),
    m!(Any "__range__"(p("stop", K::Int), p("step", K::Int)) -> Same, "range_iter", raises),
    m!(Any "__pow3__"(p("exp", K::Int), p("mod", K::Int)) -> Int, "int_pow_mod", raises),
    m!(Any "__chr__"() -> Str, "str_chr", raises),
    m!(Any "__ord__"() -> Int, "str_ord", raises),
    m!(Any "__hex__"() -> Str, "int_hex"),
    m!(Any "__oct__"() -> Str, "int_oct"),
    m!(Any "__bin__"() -> Str, "int_bin"),
    m!(Any "__mod__"(p("fmt", K::Str), p("single", K::Bool)) -> Str, "str_percent_t", typed, raises),
    m!(Any "__truth__"() -> Bool, "truth", typed),
    m!(Any "__inst_iter__"() -> Same, "inst_iter", raises),
    m!(Any "__float_divmod__"(p("y", K::Float)) -> Float2, "float_divmod", raises),
    m!(Any "__sorted_by__"(p("items", K::Same), p("reverse", K::Bool)) -> Same, "sorted_by", typed, raises),
    m!(Any "__sort_by__"(p("items", K::Same), p("reverse", K::Bool)) -> None, "list_sort_by", typed, raises),
    m!(Any "__min_by__"(p("items", K::Same)) -> Elem, "min_by", typed, raises),
    m!(Any "__max_by__"(p("items", K::Same)) -> Elem, "max_by", typed, raises),
    m!(Any "__str_format__"(p("fmt", K::Str), p("npos", K::Int), p("kwnames", K::Str)) -> Str, "str_format_t", typed, raises),
    // ---- str ----
    m!(Str "split"(o("sep", K::OptStr, NONE), o("maxsplit", K::Int, Dflt::Int(-1))) -> ListStr, "str_split", raises),
    m!(Str "rsplit"(o("sep", K::OptStr, NONE), o("maxsplit", K::Int, Dflt::Int(-1))) -> ListStr, "str_rsplit", raises),
    m!(Str "splitlines"(o("keepends", K::Bool, Dflt::Bool(false))) -> ListStr, "str_splitlines"),
    m!(Str "join"(p("iterable", K::IterableStr)) -> Str, "str_join"),
    m!(Str "strip"(o("chars", K::OptStr, NONE)) -> Str, "str_strip"),
    m!(Str "lstrip"(o("chars", K::OptStr, NONE)) -> Str, "str_lstrip"),
    m!(Str "rstrip"(o("chars", K::OptStr, NONE)) -> Str, "str_rstrip"),
    m!(Str "replace"(p("old", K::Str), p("new", K::Str), o("count", K::Int, Dflt::Int(-1))) -> Str, "str_replace"),
    m!(Str "find"(p("sub", K::Str), o("start", K::OptInt, NONE), o("end", K::OptInt, NONE)) -> Int, "str_find"),
    m!(Str "rfind"(p("sub", K::Str), o("start", K::OptInt, NONE), o("end", K::OptInt, NONE)) -> Int, "str_rfind"),
    m!(Str "index"(p("sub", K::Str), o("start", K::OptInt, NONE), o("end", K::OptInt, NONE)) -> Int, "str_index_of", raises),
    m!(Str "rindex"(p("sub", K::Str), o("start", K::OptInt, NONE), o("end", K::OptInt, NONE)) -> Int, "str_rindex", raises),
    m!(Str "count"(p("sub", K::Str), o("start", K::OptInt, NONE), o("end", K::OptInt, NONE)) -> Int, "str_count"),
    m!(Str "startswith"(p("prefix", K::StrOrStrs), o("start", K::OptInt, NONE), o("end", K::OptInt, NONE)) -> Bool, "str_startswith"),
    m!(Str "endswith"(p("suffix", K::StrOrStrs), o("start", K::OptInt, NONE), o("end", K::OptInt, NONE)) -> Bool, "str_endswith"),
    m!(Str "upper"() -> Str, "str_upper"),
    m!(Str "lower"() -> Str, "str_lower"),
    m!(Str "capitalize"() -> Str, "str_capitalize"),
    m!(Str "title"() -> Str, "str_title"),
    m!(Str "swapcase"() -> Str, "str_swapcase"),
    m!(Str "casefold"() -> Str, "str_casefold"),
    m!(Str "isdigit"() -> Bool, "str_isdigit"),
    m!(Str "isdecimal"() -> Bool, "str_isdecimal"),
    m!(Str "isnumeric"() -> Bool, "str_isnumeric"),
    m!(Str "isalpha"() -> Bool, "str_isalpha"),
    m!(Str "isalnum"() -> Bool, "str_isalnum"),
    m!(Str "isspace"() -> Bool, "str_isspace"),
    m!(Str "isupper"() -> Bool, "str_isupper"),
    m!(Str "islower"() -> Bool, "str_islower"),
    m!(Str "istitle"() -> Bool, "str_istitle"),
    m!(Str "isidentifier"() -> Bool, "str_isidentifier"),
    m!(Str "isascii"() -> Bool, "str_isascii"),
    m!(Str "isprintable"() -> Bool, "str_isprintable"),
    m!(Str "center"(p("width", K::Int), o("fillchar", K::Str, Dflt::Str(" "))) -> Str, "str_center", raises),
    m!(Str "ljust"(p("width", K::Int), o("fillchar", K::Str, Dflt::Str(" "))) -> Str, "str_ljust", raises),
    m!(Str "rjust"(p("width", K::Int), o("fillchar", K::Str, Dflt::Str(" "))) -> Str, "str_rjust", raises),
    m!(Str "zfill"(p("width", K::Int)) -> Str, "str_zfill"),
    m!(Str "partition"(p("sep", K::Str)) -> Str3, "str_partition", raises),
    m!(Str "rpartition"(p("sep", K::Str)) -> Str3, "str_rpartition", raises),
    m!(Str "expandtabs"(o("tabsize", K::Int, Dflt::Int(8))) -> Str, "str_expandtabs"),
    m!(Str "removeprefix"(p("prefix", K::Str)) -> Str, "str_removeprefix"),
    m!(Str "removesuffix"(p("suffix", K::Str)) -> Str, "str_removesuffix"),
    // ---- list ----
    m!(List "append"(p("object", K::Elem)) -> None, "list_append", stores),
    m!(List "extend"(p("iterable", K::IterableElem)) -> None, "list_extend", stores),
    m!(List "insert"(p("index", K::Int), p("object", K::Elem)) -> None, "list_insert", stores),
    m!(List "pop"(o("index", K::Int, Dflt::Int(-1))) -> Elem, "list_pop", raises),
    m!(List "remove"(p("value", K::Elem)) -> None, "list_remove", typed, raises),
    m!(List "index"(p("value", K::Elem), o("start", K::OptInt, NONE), o("stop", K::OptInt, NONE)) -> Int, "list_index", typed, raises),
    m!(List "count"(p("value", K::Elem)) -> Int, "list_count", typed),
    m!(List "reverse"() -> None, "list_reverse"),
    m!(List "sort"(o("reverse", K::Bool, Dflt::Bool(false))) -> None, "list_sort", typed, raises),
    m!(List "clear"() -> None, "list_clear"),
    m!(List "copy"() -> Same, "list_copy"),
    // ---- tuple ----
    m!(Tuple "index"(p("value", K::Elem)) -> Int, "list_index1", typed, raises),
    m!(Tuple "count"(p("value", K::Elem)) -> Int, "list_count", typed),
    // ---- dict ----
    m!(Dict "get"(p("key", K::Key), o("default", K::ValOrDefault, NONE)) -> ValOrDefault, "dict_get", raises),
    m!(Dict "pop"(p("key", K::Key)) -> Val, "dict_pop", raises),
    m!(Dict "__pop_default__"(p("key", K::Key), p("default", K::ValOrDefault)) -> ValOrDefault, "dict_pop_default", raises),
    m!(Dict "setdefault"(p("key", K::Key), p("default", K::Val)) -> Val, "dict_setdefault", stores, raises),
    m!(Dict "popitem"() -> Item, "dict_popitem", raises),
    m!(Dict "keys"() -> IterElem, "dict_keys"),
    m!(Dict "values"() -> IterVal, "dict_iter_values"),
    m!(Dict "items"() -> IterItem, "dict_iter_items"),
    m!(Dict "update"(p("other", K::Same)) -> None, "dict_update", raises),
    m!(Dict "clear"() -> None, "dict_clear"),
    m!(Dict "copy"() -> Same, "dict_copy"),
    // ---- set ----
    m!(Set "add"(p("elem", K::Elem)) -> None, "set_add", stores, raises),
    m!(Set "discard"(p("elem", K::Elem)) -> None, "set_discard", raises),
    m!(Set "remove"(p("elem", K::Elem)) -> None, "set_remove", raises),
    m!(Set "pop"() -> Elem, "set_pop", raises),
    m!(Set "clear"() -> None, "set_clear"),
    m!(Set "copy"() -> Same, "set_copy"),
    m!(Str "__int_base__"(p("base", K::Int)) -> Int, "int_from_str_base", raises),
    m!(Set "update"(p("other", K::IterableElem)) -> None, "set_update", stores, raises),
    // self |= other for a set other: CPython's set_merge (the table layout follows).
    m!(Set "__merge__"(p("other", K::Same)) -> None, "set_merge", stores),
    m!(Set "union"(p("other", K::Same)) -> Same, "set_union"),
    m!(Set "intersection"(p("other", K::Same)) -> Same, "set_intersection"),
    m!(Set "difference"(p("other", K::Same)) -> Same, "set_difference"),
    m!(Set "symmetric_difference"(p("other", K::Same)) -> Same, "set_symmetric_difference"),
    m!(Set "intersection_update"(p("other", K::Same)) -> None, "set_intersection_update"),
    m!(Set "difference_update"(p("other", K::Same)) -> None, "set_difference_update"),
    m!(Set "symmetric_difference_update"(p("other", K::Same)) -> None, "set_symmetric_difference_update"),
    m!(Set "issubset"(p("other", K::Same)) -> Bool, "set_issubset"),
    m!(Set "issuperset"(p("other", K::Same)) -> Bool, "set_issuperset"),
    m!(Set "isdisjoint"(p("other", K::Same)) -> Bool, "set_isdisjoint"),
];
