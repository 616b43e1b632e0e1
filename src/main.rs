//! The browser's entry point: starts the app (see the library's `start`).

fn main() {
    carnet::start();
}
