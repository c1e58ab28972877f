//! Native threads (`std::thread`).
//!
//! rustc's structure in Rust: a spawned thread runs a boxed closure that records the
//! thread's `Thread` handle as current, runs the user closure under `catch_unwind` and
//! stores the result in a shared `Packet`; `join` waits for the OS thread and takes the
//! result out. Parking is a mutex + condvar per thread. The backend provides only the
//! OS thread (`NativeThread::spawn`, `join`), `sleep`, `yield_now`,
//! `available_parallelism` and thread-local slots (see local.rs).
//!
//! The main thread's handle is registered by the runtime (`rt::lang_start` calls
//! `set_main_thread`) so that it gets `ThreadId(1)` and the name "main".

mod local;
mod scoped;

pub use self::local::{AccessError, LocalKey};
pub use self::scoped::{scope, Scope, ScopedJoinHandle};

use crate::any::Any;
use crate::boxed::Box;
use crate::cell::{OnceCell, UnsafeCell};
use crate::clone::Clone;
use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
use crate::fmt;
use crate::hash::Hash;
use crate::io;
use crate::marker::{Copy, PhantomData, Send, Sync};
use crate::mem::drop;
use crate::num::NonZero;
use crate::ops::{Drop, FnOnce};
use crate::option::Option::{self, None, Some};
use crate::panic;
use crate::result::Result::{Err, Ok};
use crate::string::String;
use crate::sync::atomic::{AtomicU64, Ordering};
use crate::sync::{Arc, Condvar, Mutex, PoisonError};
use crate::time::{Duration, Instant};

use self::scoped::ScopeData;

/// A specialized `Result` type for threads: `Err` holds the panic payload.
pub type Result<T> = crate::result::Result<T, Box<dyn Any + Send + 'static>>;

// ---------------------------------------------------------------------------------------
// The backend's side

/// An OS thread, as the backend runs it.
#[ferric::opaque]
struct NativeThread {
    marker: PhantomData<()>,
}

impl NativeThread {
    /// Starts a new OS thread (with at least `stack_size` bytes of stack) running `main`;
    /// `name` is what the runtime calls it in its own messages (a stack overflow). The
    /// caller guarantees that the thread is joined, or finishes, before the borrows in
    /// `main` end. `Err` holds the OS error code.
    #[ferric::intrinsic]
    unsafe fn spawn<'a>(
        stack_size: usize,
        name: &str,
        main: Box<dyn FnOnce() + Send + 'a>,
    ) -> crate::result::Result<NativeThread, i32>;

    /// Blocks until the thread's `main` has returned (and its thread-locals are dropped).
    #[ferric::intrinsic]
    fn join(self);
}

/// Blocks the calling thread for at least `dur`.
#[ferric::intrinsic]
fn sleep_native(dur: Duration);

/// Gives up the calling thread's time slice.
#[ferric::intrinsic]
fn yield_native();

/// The number of hardware threads available to the program (0 if unknown).
#[ferric::intrinsic]
fn available_parallelism_native() -> usize;

// The stack size of spawned threads when the `Builder` gives none: `RUST_MIN_STACK`, or
// 2 MiB as rustc's default.
const DEFAULT_MIN_STACK_SIZE: usize = 2 * 1024 * 1024;

// ---------------------------------------------------------------------------------------
// ThreadId

/// A unique identifier for a running thread.
#[derive(Eq, PartialEq, Clone, Copy, Hash, Debug)]
pub struct ThreadId(NonZero<u64>);

impl ThreadId {
    // Generate a new unique thread ID (the first one, the main thread's, is 1).
    fn new() -> ThreadId {
        static COUNTER: AtomicU64 = AtomicU64::new(0);

        let mut last = COUNTER.load(Ordering::Relaxed);
        loop {
            let Some(id) = last.checked_add(1) else {
                panic!("failed to generate unique thread ID: bitspace exhausted");
            };

            match COUNTER.compare_exchange_weak(last, id, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return ThreadId(NonZero::new(id).unwrap()),
                Err(id) => last = id,
            }
        }
    }

    /// This returns a numeric identifier for the thread identified by this `ThreadId`
    /// (unstable in rustc).
    pub fn as_u64(&self) -> NonZero<u64> {
        self.0
    }
}

// ---------------------------------------------------------------------------------------
// Thread

// The id of the main thread (0 until the runtime registers it).
static MAIN_THREAD: AtomicU64 = AtomicU64::new(0);

struct Inner {
    name: Option<String>,
    id: ThreadId,
    parker: Parker,
}

// A thread's parking token: `unpark` sets it, `park` waits for it and consumes it.
struct Parker {
    notified: Mutex<bool>,
    cvar: Condvar,
}

impl Parker {
    fn new() -> Parker {
        Parker { notified: Mutex::new(false), cvar: Condvar::new() }
    }

    fn park(&self) {
        let mut notified = self.notified.lock().unwrap_or_else(PoisonError::into_inner);
        while !*notified {
            notified = self.cvar.wait(notified).unwrap_or_else(PoisonError::into_inner);
        }
        *notified = false;
    }

    fn park_timeout(&self, dur: Duration) {
        let notified = self.notified.lock().unwrap_or_else(PoisonError::into_inner);
        let mut notified = if *notified {
            notified
        } else {
            match self.cvar.wait_timeout(notified, dur) {
                Ok((guard, _)) => guard,
                Err(poisoned) => poisoned.into_inner().0,
            }
        };
        *notified = false;
    }

    fn unpark(&self) {
        let mut notified = self.notified.lock().unwrap_or_else(PoisonError::into_inner);
        *notified = true;
        self.cvar.notify_one();
    }
}

/// A handle to a thread.
#[derive(Clone)]
pub struct Thread {
    inner: Arc<Inner>,
}

impl Thread {
    fn new(id: ThreadId, name: Option<String>) -> Thread {
        Thread { inner: Arc::new(Inner { name, id, parker: Parker::new() }) }
    }

    fn park(&self) {
        self.inner.parker.park()
    }

    fn park_timeout(&self, dur: Duration) {
        self.inner.parker.park_timeout(dur)
    }

    pub fn unpark(&self) {
        self.inner.parker.unpark();
    }

    pub fn id(&self) -> ThreadId {
        self.inner.id
    }

    pub fn name(&self) -> Option<&str> {
        if let Some(name) = &self.inner.name {
            Some(name.as_str())
        } else if MAIN_THREAD.load(Ordering::Relaxed) == self.inner.id.0.get() {
            Some("main")
        } else {
            None
        }
    }

    pub fn into_raw(self) -> *const () {
        Arc::into_raw(self.inner) as *const ()
    }

    pub unsafe fn from_raw(ptr: *const ()) -> Thread {
        unsafe { Thread { inner: Arc::from_raw(ptr as *const Inner) } }
    }
}

impl fmt::Debug for Thread {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Thread").field("id", &self.id()).field("name", &self.name()).finish_non_exhaustive()
    }
}

thread_local! {
    static CURRENT: OnceCell<Thread> = const { OnceCell::new() };
}

// Records `thread` as the calling thread's handle (at the start of a spawned thread).
fn set_current(thread: Thread) {
    CURRENT.with(|current| {
        let _ = current.set(thread);
    });
}

/// Registers the calling thread as the main thread (called once by `rt::lang_start`).
#[doc(hidden)]
pub fn set_main_thread() {
    let thread = Thread::new(ThreadId::new(), None);
    MAIN_THREAD.store(thread.id().0.get(), Ordering::Relaxed);
    set_current(thread);
}

/// Gets a handle to the thread that invokes it.
pub fn current() -> Thread {
    CURRENT.with(|current| current.get_or_init(|| Thread::new(ThreadId::new(), None)).clone())
}

/// Gets the unique identifier of the thread which invokes it (unstable in rustc).
pub fn current_id() -> ThreadId {
    current().id()
}

// ---------------------------------------------------------------------------------------
// Free functions

/*@ std/src/thread/functions.rs:125:0 */
pub fn spawn<F, T>(f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + Send + /*@ std/src/thread/functions.rs:128:14 */ 'static,
    T: Send + 'static,
{
    Builder::new().spawn(f).expect("failed to spawn thread")
}

pub fn yield_now() {
    yield_native()
}

/// Determines whether the current thread is unwinding because of panic.
pub fn panicking() -> bool {
    crate::panicking::panicking()
}

#[deprecated(since = "1.6.0", note = "replaced by `std::thread::sleep`")]
pub fn sleep_ms(ms: u32) {
    sleep(Duration::from_millis(ms as u64))
}

pub fn sleep(dur: Duration) {
    sleep_native(dur)
}

/// Puts the current thread to sleep until the specified deadline has passed (unstable in
/// rustc).
pub fn sleep_until(deadline: Instant) {
    let now = Instant::now();
    if let Some(delay) = deadline.checked_duration_since(now) {
        sleep(delay);
    }
}

pub fn park() {
    current().park();
}

#[deprecated(since = "1.6.0", note = "replaced by `std::thread::park_timeout`")]
pub fn park_timeout_ms(ms: u32) {
    park_timeout(Duration::from_millis(ms as u64))
}

pub fn park_timeout(dur: Duration) {
    current().park_timeout(dur);
}

pub fn available_parallelism() -> io::Result<NonZero<usize>> {
    match NonZero::new(available_parallelism_native()) {
        Some(n) => Ok(n),
        None => Err(io::Error::UNKNOWN_THREAD_COUNT),
    }
}

// ---------------------------------------------------------------------------------------
// Builder and spawning

/// Thread factory, which can be used in order to configure the properties of a new
/// thread.
#[derive(Debug)]
pub struct Builder {
    name: Option<String>,
    stack_size: Option<usize>,
    no_hooks: bool,
}

impl Builder {
    pub fn new() -> Builder {
        Builder { name: None, stack_size: None, no_hooks: false }
    }

    pub fn name(mut self, name: String) -> Builder {
        self.name = Some(name);
        self
    }

    pub fn stack_size(mut self, size: usize) -> Builder {
        self.stack_size = Some(size);
        self
    }

    /// Disables running and inheriting spawn hooks (unstable in rustc).
    pub fn no_hooks(mut self) -> Builder {
        self.no_hooks = true;
        self
    }

    /*@ std/src/thread/builder.rs:185:4 */
    pub fn spawn<F, T>(self, f: F) -> io::Result<JoinHandle<T>>
    where
        F: FnOnce() -> T,
        F: Send + 'static,
        T: Send + 'static,
    {
        unsafe { self.spawn_unchecked(f) }
    }

    pub unsafe fn spawn_unchecked<F, T>(self, f: F) -> io::Result<JoinHandle<T>>
    where
        F: FnOnce() -> T,
        F: Send,
        T: Send,
    {
        let Builder { name, stack_size, no_hooks: _ } = self;
        Ok(JoinHandle(unsafe { spawn_unchecked_(name, stack_size, None, f) }?))
    }
}

unsafe fn spawn_unchecked_<'scope, F, T>(
    name: Option<String>,
    stack_size: Option<usize>,
    scope_data: Option<Arc<ScopeData>>,
    f: F,
) -> io::Result<JoinInner<'scope, T>>
where
    F: FnOnce() -> T,
    F: Send,
    T: Send,
{
    if let Some(name) = &name {
        assert!(!name.as_bytes().contains(&0), "thread name may not contain interior null bytes");
    }
    let stack_size = stack_size.unwrap_or_else(|| {
        crate::env::var("RUST_MIN_STACK").ok().and_then(|s| s.parse().ok()).unwrap_or(DEFAULT_MIN_STACK_SIZE)
    });

    let thread = Thread::new(ThreadId::new(), name);
    let their_thread = thread.clone();

    let my_packet: Arc<Packet<'scope, T>> =
        Arc::new(Packet { scope: scope_data, result: UnsafeCell::new(None), _marker: PhantomData });
    let their_packet = my_packet.clone();

    let main = move || {
        set_current(their_thread);
        let try_result = panic::catch_unwind(panic::AssertUnwindSafe(f));
        // The result is stored before the packet is released (`is_finished` counts on
        // the packet's reference count).
        unsafe { *their_packet.result.get() = Some(try_result) };
        drop(their_packet);
    };

    if let Some(scope_data) = &my_packet.scope {
        scope_data.increment_num_running_threads();
    }

    let native_name = thread.name().unwrap_or("<unnamed>");
    let native = match unsafe { NativeThread::spawn(stack_size, native_name, Box::new(main)) } {
        Ok(native) => native,
        Err(code) => {
            if let Some(scope_data) = &my_packet.scope {
                scope_data.decrement_num_running_threads(false);
            }
            return Err(io::Error::from_raw_os_error(code));
        }
    };

    Ok(JoinInner { native, thread, packet: my_packet })
}

// The shared result of a thread; it decrements the scope's count when dropped.
struct Packet<'scope, T> {
    scope: Option<Arc<ScopeData>>,
    result: UnsafeCell<Option<Result<T>>>,
    _marker: PhantomData<Option<&'scope ScopeData>>,
}

unsafe impl<'scope, T: Send> Sync for Packet<'scope, T> {}

impl<'scope, T> Drop for Packet<'scope, T> {
    fn drop(&mut self) {
        // A panic that nobody joined makes the scope panic.
        let unhandled_panic = matches!(self.result.get_mut(), Some(Err(_)));
        *self.result.get_mut() = None;
        if let Some(scope) = &self.scope {
            scope.decrement_num_running_threads(unhandled_panic);
        }
    }
}

struct JoinInner<'scope, T> {
    native: NativeThread,
    thread: Thread,
    packet: Arc<Packet<'scope, T>>,
}

impl<'scope, T> JoinInner<'scope, T> {
    fn is_finished(&self) -> bool {
        Arc::strong_count(&self.packet) == 1
    }

    fn thread(&self) -> &Thread {
        &self.thread
    }

    fn join(mut self) -> Result<T> {
        self.native.join();
        Arc::get_mut(&mut self.packet).expect("threads should not terminate unexpectedly").result.get_mut().take().unwrap()
    }
}

/// An owned permission to join on a thread (block on its termination).
pub struct JoinHandle<T>(JoinInner<'static, T>);

unsafe impl<T> Send for JoinHandle<T> {}

unsafe impl<T> Sync for JoinHandle<T> {}

impl<T> JoinHandle<T> {
    pub fn thread(&self) -> &Thread {
        self.0.thread()
    }

    pub fn join(self) -> Result<T> {
        self.0.join()
    }

    pub fn is_finished(&self) -> bool {
        self.0.is_finished()
    }
}

impl<T> fmt::Debug for JoinHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JoinHandle").finish_non_exhaustive()
    }
}
