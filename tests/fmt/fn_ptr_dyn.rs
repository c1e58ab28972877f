fn apply(f: fn(u32) -> u32, g: &dyn Fn(u32) -> u32, h: Box<dyn FnMut(u32) + Send>) {}
fn hof() -> impl Fn(u32) -> Box<dyn Fn(u32) -> u32> { |x| Box::new(move |y| x + y) }
type Handler = fn(&mut State, Event) -> Result<Option<Transition>, HandlerError>;
struct Callbacks { on_start: Option<Box<dyn Fn() + Send + Sync>>, on_event: fn(u32) }
fn unsafe_ptr(f: unsafe extern "C" fn(i32) -> i32) {}
