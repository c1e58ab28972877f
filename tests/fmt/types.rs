type Callback = Box<dyn Fn(&mut State, Event) -> Result<(), Box<dyn std::error::Error + Send + Sync>> + Send + Sync>;
type Pair<T> = (T,T);
type Arr = [[u8;4];16];
type FnPtr = fn(i32,&str)->bool;
type Unsafe = unsafe extern "C" fn(*const u8, usize) -> *mut u8;
type Ref<'a> = &'a mut Vec<Option<&'a str>>;
type Tuple1 = (i32,);
type Never = fn() -> !;
type Assoc = <Vec<u8> as IntoIterator>::Item;
type Hrtb = Box<dyn for<'a> Fn(&'a str) -> &'a str>;
type ImplT = impl Iterator<Item=u8>;
fn f(x: &dyn Trait, y: Box<dyn Trait + Send>, z: *const u8, w: *mut [u8]) {}
fn g() -> Result<HashMap<String, Vec<(usize, Option<BTreeMap<String, HashSet<u64>>>)>>, Box<dyn Error>> { todo!() }
