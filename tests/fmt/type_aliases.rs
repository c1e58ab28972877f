type A = u32;
type B<T> = Vec<T>;
pub type Callback = Box<dyn Fn(u32, String) -> Result<(), Error> + Send + Sync + 'static>;
type Fp = fn(u32) -> u32;
type Ptr = *const u8; type MutPtr = *mut u8;
type Arr = [u8; 32]; type Slice<'a> = &'a [u8];
type Tup = (u32, (u8, u16), ());
type Never = !;
type Long = HashMap<SomeVeryLongKeyTypeName, Vec<SomeVeryLongValueTypeName>, BuildHasherDefault>;
