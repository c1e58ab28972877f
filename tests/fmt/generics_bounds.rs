use std::fmt::Debug;
struct Pair<A,B>{a:A,b:B}
fn f<const N: usize>(x: [u8; N]) -> [u8;N] { x }
fn g<T:Default,const N:usize>() -> [T; N] where [T; N]: Default { Default::default() }
fn impl_trait(x: impl Iterator<Item=u32> + Clone) -> impl Iterator<Item=u32> { x }
fn dyn_trait(x: &dyn Fn(u32)->u32, y: Box<dyn Debug+Send+'static>) {}
fn very_long_generic_function_name<TypeParameterOne: Clone, TypeParameterTwo: Debug, TypeParameterThree>(a: TypeParameterOne) {}
struct Default1<T = u32, const N: usize = 3>(T);
fn assoc<I: Iterator<Item = (String, Vec<u32>)> + DoubleEndedIterator + ExactSizeIterator + Clone>(i: I) {}
fn qualified() -> <Vec<u32> as IntoIterator>::IntoIter { vec![].into_iter() }
fn turbofish() { let v = Vec::<u32>::new(); let x = "5".parse::<i32>().unwrap(); let y = std::mem::size_of::<Pair<u8,u16>>(); }
