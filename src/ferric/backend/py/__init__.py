"""The Python backend: a checked program → one Python module that behaves as rustc's build.

Pipeline: `program.build(tcx, results)` collects, from `main` (through std's `lang_start`),
every function instance the program can call (monomorphization: generic functions are
compiled once per set of concrete type arguments, trait calls resolved statically by
`mono.Mono`, `dyn Trait` calls through vtables), compiles each body from the HIR and its
`TypeckResults` (`codegen.FnCodegen`) and assembles the module text; `run` executes it.

Representation of Rust values (the contract between generated code and `ferric.rt`):

| Rust | Python |
|---|---|
| integers of every width, `bool`, `char` | `int` (range-checked at each operation), `bool`, 1-char `str` |
| `f64` / `f32` | `float` (f32 results rounded to single precision) |
| `()` | `None` |
| struct, enum, closure | an object of a generated class (`rt.core.Obj`): slots `f0..fN` (enums add `t`, the variant index) |
| union (incl. `MaybeUninit<T>`) | an object of a class per union type (`rt.core.Union`): fields are properties that reinterpret the bytes (`pod.py`) |
| tuple, array | `list` |
| `&T`, `&mut T`, `Box<T>`, `*const/*mut T` to a by-identity `T` | the object itself |
| `&T` to a by-value `T` | the value |
| `&mut T`, `Box<T>`, raw pointers to a by-value `T` | a pointer object (`Cell`, `AttrPtr`, `ItemPtr`) with `get`/`set` |
| `&[T]`, `&mut [T]`, `&str`, `Box<[T]>`, `Box<str>` | `rt.core.Slice(buf, lo, hi)` (buf: `list`, or `bytearray`/`bytes` for bytes) |
| `&dyn Trait`, `Box<dyn Trait>` | `rt.core.Dyn(place, vtable)` |
| `Vec<T>`, `String`, `VecDeque<T>` | `rt.core.Vec(items, cap)` (`bytearray` items for bytes; `[u8; N]` arrays are `bytearray`s too) |
| `HashMap`/`HashSet`'s table, `BTreeMap`/`BTreeSet`'s store | `rt.ops.RawTable`, `rt.ops.SortedStore` |
| `Rc<T>`, `Arc<T>` / `Weak<T>` | `rt.ops.RcH` / `WeakH`, handles to an `RcBox` (the value and both counts) |
| std's `NativeThread`; raw `sys::Mutex` / `RwLock` / `Condvar` | a daemon `threading.Thread`; `rt.ops.RawMutex` / `RawRwLock` / `RawCondvar` |
| `&OsStr`, `&Path` (structs whose last field is unsized) | the unsized field's pointer (a `Slice`) |
| fn items and fn pointers | Python functions |
| the future of an `async fn`/block/closure | an object of a generated `rt.core.Coro` class: state, the body's generator, the captures |
| a raw pointer into C memory (from a foreign function) | `rt.ffi.CPtr` (address and the pointee's codec) |
| a place whose value was moved out (types with drop glue) | `rt.core.UNINIT` (drop glue skips it) |

"By-value" types (`layout.by_value`) have immutable Python values; every other type is
"by-identity": the object is the place, so a borrow is the object and `*r = v` overwrites
it in place. Copying a `Copy` by-identity value (a tuple of integers, a `Copy` struct)
makes a new object.

Drops: `Program.drop_fn(ty)` is a type's drop glue (its `Drop::drop`, then its fields'
glue; `Rc` decrements and drops the value with the last handle); `FnCodegen.drop_scope`
runs a scope's code in `try`/`finally` so its registered locals and temporaries are dropped
however it is left.
"""
