// The channel errors and their Display / Debug texts, and a bounded sync_channel.
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError, TrySendError};
use std::time::Duration;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    match rx.try_recv() {
        Err(e) => println!("try_recv empty: {e} / {e:?} / {}", e == TryRecvError::Empty),
        Ok(v) => println!("unexpected {v}"),
    }
    match rx.recv_timeout(Duration::from_millis(10)) {
        Err(e) => println!("recv_timeout: {e} / {e:?} / {}", e == RecvTimeoutError::Timeout),
        Ok(v) => println!("unexpected {v}"),
    }
    drop(tx);
    let e = rx.recv().unwrap_err();
    println!("recv closed: {e} / {e:?}");
    println!("try_recv closed: {}", rx.try_recv().unwrap_err());
    println!("recv_timeout closed: {}", rx.recv_timeout(Duration::from_millis(10)).unwrap_err());

    let (tx, rx) = mpsc::channel::<String>();
    drop(rx);
    let err = tx.send(String::from("lost")).unwrap_err();
    println!("send closed: {err} / {err:?} / got back {:?}", err.0);

    let (stx, srx) = mpsc::sync_channel::<u8>(2);
    stx.try_send(1).unwrap();
    stx.send(2).unwrap();
    match stx.try_send(3) {
        Err(TrySendError::Full(v)) => println!("full, kept {v}: {}", TrySendError::Full(v)),
        other => println!("unexpected {other:?}"),
    }
    println!("drained {:?}", srx.try_iter().collect::<Vec<_>>());
    drop(srx);
    match stx.try_send(4) {
        Err(e @ TrySendError::Disconnected(_)) => println!("disconnected: {e} / {e:?}"),
        other => println!("unexpected {other:?}"),
    }
}
