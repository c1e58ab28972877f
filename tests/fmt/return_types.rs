fn a() -> u32 { 1 }
fn b() -> Result<HashMap<String, Vec<u32>>, Box<dyn std::error::Error + Send + Sync + 'static>> { todo!() }
fn c(first_parameter: u32, second_parameter: u32) -> Result<SomeType, SomeErrorType> { todo!() }
fn d(self_reference_param: &SomeStruct, other: &OtherStruct, third: u64) -> impl Iterator<Item = u32> + '_ { todo!() }
fn e() -> ! { loop {} }
fn f() -> () {}
fn g() -> (u32, String) { (1, String::new()) }
pub(crate) async unsafe fn h<'a>(x: &'a mut [u8]) -> Option<&'a u8> { None }
