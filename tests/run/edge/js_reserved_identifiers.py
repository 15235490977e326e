# Python identifiers that are reserved words or well-known globals in JS, or
# look like the translator's own generated names, as functions, parameters,
# locals and globals.
var = 1
let = 2
const = 3
function = 4
undefined = 5
NaN = 6
Infinity = 7
arguments = 8
this = 9
new = 10
typeof = 11
delete = 12
void = 13
switch = 14
case = 15
default = 16
do = 17
instanceof = 18
__proto__ = 19
constructor = 20
toString = 21
prototype = 22
Math = 23
String = 24
Object = 25
process = 26
globalThis = 27
console = 28
g_var = 29
f_null = 30
print(var, let, const, function, undefined, NaN, Infinity, arguments, this, new)
print(typeof, delete, void, switch, case, default, do, instanceof, __proto__, constructor)
print(toString, prototype, Math, String, Object, process, globalThis, console, g_var, f_null)

def null(enum, static, interface, package, private, protected, public, implements, yield_=0):
    super_ = enum + static
    catch = interface * package
    throw = private - protected
    debugger = public + implements + yield_
    n_2 = 100
    n = 1
    return super_ + catch + throw + debugger + n_2 + n

def var_(let=1, var=2):
    return let * 10 + var

def eval_(x):
    return x * 2

def f_undefined(x):
    return x + 1

print(null(1, 2, 3, 4, 5, 6, 7, 8), null(1, 1, 1, 1, 1, 1, 1, 1, yield_=5))
print(var_(), var_(var=5), var_(3, 4), eval_(21), f_undefined(1))
café = "crème"
π = 3.14159
Ω = 2
ｆｕｌｌ = 9
print(café, π * Ω, ｆｕｌｌ, full)
