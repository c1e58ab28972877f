// Long function signatures, generics and where clauses.
fn short(a: i32) -> i32 { a }
pub fn a_function_with_a_long_name(first_parameter: String, second_parameter: Vec<u8>) -> Result<(), Error> { Ok(()) }
pub fn another_function_with_params(first_parameter: String, second_parameter: Vec<u8>, third: u32) -> bool { true }
fn generic<T: Clone + Debug + Send + Sync + 'static, U: Into<String> + Default>(t: T, u: U) -> T where T: PartialEq { t }
fn with_where<K, V>(map: &HashMap<K, V>) -> Vec<K> where K: Hash + Eq + Clone, V: Debug { vec![] }
pub(crate) async unsafe fn modifiers() {}
fn returns_impl() -> impl Iterator<Item = (usize, String)> + Send + 'static { std::iter::empty() }
fn no_args_but_a_very_long_return_type_name_that_goes_on() -> HashMap<String, Vec<(usize, Option<String>)>> { HashMap::new() }
fn lifetimes<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str { x }
extern "C" fn callback(data: *mut c_void, len: usize) -> i32 { 0 }
fn unit() -> () {}
fn pattern_params((a, b): (i32, i32), Point { x, y }: Point) {}
fn  spaced  (  a : i32 , b :i32 )->i32{a+b}
