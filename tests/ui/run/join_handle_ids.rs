use std::thread;

fn main() {
    let main_id = thread::current().id();
    let h = thread::spawn(move || {
        let me = thread::current();
        (me.id(), me.id() == main_id)
    });
    let handle_id = h.thread().id();
    let (inner_id, same_as_main) = h.join().unwrap();
    println!("handle id matches inner id: {}", handle_id == inner_id);
    println!("same as main: {same_as_main}");
    println!("{:?}", thread::current().name());
    // A dropped handle detaches the thread; it still runs to completion before we join
    // on a channel.
    let (tx, rx) = std::sync::mpsc::channel();
    drop(thread::spawn(move || tx.send("detached but done").unwrap()));
    println!("{}", rx.recv().unwrap());
}
